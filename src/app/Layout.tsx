// The frame of every page: a skip link, the navigation and the page. On a route change the focus
// moves to the page's heading, so keyboard and screen-reader users start where the page starts.
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';

export function Layout() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [pathname]);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <NavLink to="/" className="brand" end>
          Obligations workbench
        </NavLink>
        <nav aria-label="Pages">
          <NavLink to="/" end>
            Search
          </NavLink>
          <NavLink to="/timeline">Timeline</NavLink>
          <NavLink to="/sources">Sources</NavLink>
          <NavLink to="/review">Review</NavLink>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** Sets the document title while a page is shown. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Obligations workbench`;
  }, [title]);
}
