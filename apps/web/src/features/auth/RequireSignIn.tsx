import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { signInPath } from './sign-in-redirect';
import { useMe } from './use-me';

// Routes below this one need a signed-in person; others are sent to sign in and brought back.
export function RequireSignIn() {
  const location = useLocation();
  const { me, loading, error, refetch } = useMe();
  if (loading) {
    return <PageLoader />;
  }
  if (error) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!me) {
    return <Navigate to={signInPath(location)} replace />;
  }
  return <Outlet />;
}
