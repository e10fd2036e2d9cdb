import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireSignIn } from '../features/auth/RequireSignIn';
import { PageLoader } from '../shared/components/PageLoader';
import { AppLayout } from './AppLayout';
import { lazyPage } from './lazy-page';

const framework = () => import('../features/framework/pages');
const assessments = () => import('../features/assessments/pages');
const assessment = () => import('../features/assessment/pages');
const customisation = () => import('../features/customisation/CustomisePage');
const members = () => import('../features/members/MembersPage');
const assignments = () => import('../features/assignments/AssignmentsPage');
const audit = () => import('../features/audit/AuditPage');
const workspace = () => import('../features/workspace/pages');
const workshops = () => import('../features/workshops/pages');
const evidence = () => import('../features/evidence/pages');
const analysis = () => import('../features/analysis/pages');
const recommendations = () => import('../features/recommendations/pages');
const mentions = () => import('../features/mentions/pages');

const FrameworkPage = lazyPage(framework, 'FrameworkPage');
const ElementPage = lazyPage(framework, 'ElementPage');
const AssessmentsPage = lazyPage(assessments, 'AssessmentsPage');
const NewAssessmentPage = lazyPage(assessments, 'NewAssessmentPage');
const AssessmentPage = lazyPage(assessment, 'AssessmentPage');
const AssessmentOverview = lazyPage(assessment, 'AssessmentOverview');
const CustomisePage = lazyPage(customisation, 'CustomisePage');
const MembersPage = lazyPage(members, 'MembersPage');
const AssignmentsPage = lazyPage(assignments, 'AssignmentsPage');
const AuditPage = lazyPage(audit, 'AuditPage');
const ElementsPage = lazyPage(workspace, 'ElementsPage');
const WorkspacePage = lazyPage(workspace, 'WorkspacePage');
const WorkshopsPage = lazyPage(workshops, 'WorkshopsPage');
const WorkshopPage = lazyPage(workshops, 'WorkshopPage');
const PresenterPage = lazyPage(workshops, 'PresenterPage');
const JoinPage = lazyPage(workshops, 'JoinPage');
const EvidencePage = lazyPage(evidence, 'EvidencePage');
const EvidenceDetailPage = lazyPage(evidence, 'EvidenceDetailPage');
const AnalysisPage = lazyPage(analysis, 'AnalysisPage');
const RecommendationsPage = lazyPage(recommendations, 'RecommendationsPage');
const MentionsPage = lazyPage(mentions, 'MentionsPage');
const AcceptInvitationPage = lazyPage(
  () => import('../features/invitations/AcceptInvitationPage'),
  'AcceptInvitationPage',
);
const SignInPage = lazyPage(() => import('../features/auth/SignInPage'), 'SignInPage');
const NotFoundPage = lazyPage(() => import('./NotFoundPage'), 'NotFoundPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<RequireSignIn />}>
          <Route index element={<AssessmentsPage />} />
          <Route path="assessments" element={<AssessmentsPage />} />
          <Route path="assessments/new" element={<NewAssessmentPage />} />
          <Route path="assessments/:id" element={<AssessmentPage />}>
            <Route index element={<AssessmentOverview />} />
            <Route path="elements" element={<ElementsPage />} />
            <Route path="elements/:elementKey" element={<WorkspacePage />} />
            <Route path="evidence" element={<EvidencePage />} />
            <Route path="evidence/:evidenceId" element={<EvidenceDetailPage />} />
            <Route path="analysis" element={<AnalysisPage />} />
            <Route path="recommendations" element={<RecommendationsPage />} />
            <Route path="mentions" element={<MentionsPage />} />
            <Route path="customise/:elementKey?" element={<CustomisePage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="assignments" element={<AssignmentsPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="workshops" element={<WorkshopsPage />} />
            <Route path="workshops/:workshopId" element={<WorkshopPage />} />
          </Route>
        </Route>
        <Route path="framework" element={<FrameworkPage />} />
        <Route path="framework/:elementKey" element={<ElementPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="invitations/accept" element={<AcceptInvitationPage />} />
        <Route path="join" element={<JoinPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The wall screen: outside the layout, no navigation around it. */}
      <Route element={<RequireSignIn />}>
        <Route
          path="assessments/:id/workshops/:workshopId/present"
          element={
            <Suspense fallback={<PageLoader />}>
              <PresenterPage />
            </Suspense>
          }
        />
      </Route>
    </Routes>
  );
}
