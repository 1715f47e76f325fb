// The workbench's entry: React, the router (a URL per page, under /app) and the pages. The graph
// view, with Cytoscape, and the review pages are loaded only when opened, so the first page stays small.
import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './style.css';
import { Layout } from './Layout.js';
import { SearchPage } from './pages/SearchPage.js';
import { TimelinePage } from './pages/TimelinePage.js';
import { EntityPage } from './pages/EntityPage.js';
import { SourcesPage } from './pages/SourcesPage.js';
import { ReaderPage } from './pages/ReaderPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { Loading } from './states.js';

const GraphPage = lazy(() => import('./pages/GraphPage.js'));
// Reviewers only: loaded when opened.
const ReviewQueuePage = lazy(() => import('./pages/ReviewPage.js').then((m) => ({ default: m.ReviewQueuePage })));
const ReviewPage = lazy(() => import('./pages/ReviewPage.js').then((m) => ({ default: m.ReviewPage })));

const router = createBrowserRouter(
  [
    {
      element: <Layout />,
      children: [
        { index: true, element: <SearchPage /> },
        { path: 'timeline', element: <TimelinePage /> },
        { path: 'entity/:key', element: <EntityPage /> },
        { path: 'sources', element: <SourcesPage /> },
        { path: 'sources/:key', element: <ReaderPage /> },
        {
          path: 'graph/:key',
          element: (
            <Suspense fallback={<Loading what="the graph view" />}>
              <GraphPage />
            </Suspense>
          ),
        },
        {
          path: 'review',
          element: (
            <Suspense fallback={<Loading what="the review queue" />}>
              <ReviewQueuePage />
            </Suspense>
          ),
        },
        {
          path: 'review/:key',
          element: (
            <Suspense fallback={<Loading what="the review page" />}>
              <ReviewPage />
            </Suspense>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/app' },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
