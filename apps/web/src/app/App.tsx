import { ApolloProvider } from '@apollo/client/react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AnnouncerProvider } from '../shared/components/AnnouncerProvider';
import { createApolloClient } from './apollo-client';
import { AppRoutes } from './AppRoutes';
import { DirectionSync } from './DirectionSync';
import { theme } from './theme';

// A data router, so that pages can hold navigation back (the workspace's unsaved-changes warning,
// useBlocker); the routes themselves stay declared as <Routes> in AppRoutes.
function createRouter() {
  return createBrowserRouter([
    {
      path: '*',
      element: (
        <AnnouncerProvider>
          <AppRoutes />
        </AnnouncerProvider>
      ),
    },
  ]);
}

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);
  return (
    <DirectionProvider detectDirection>
      <MantineProvider theme={theme}>
        <DirectionSync />
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
