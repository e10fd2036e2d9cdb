import { ApolloProvider } from '@apollo/client/react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { AnnouncerProvider } from '../shared/components/AnnouncerProvider';
import { createApolloClient } from './apollo-client';
import { AppRoutes } from './AppRoutes';
import { DirectionSync } from './DirectionSync';
import { theme } from './theme';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <DirectionProvider detectDirection>
      <MantineProvider theme={theme}>
        <DirectionSync />
        <ApolloProvider client={client}>
          <BrowserRouter>
            <AnnouncerProvider>
              <AppRoutes />
            </AnnouncerProvider>
          </BrowserRouter>
        </ApolloProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
