import { Link } from 'react-router';
import { useTitle } from '../Layout.js';

export function NotFoundPage() {
  useTitle('Not found');
  return (
    <>
      <h1>No such page</h1>
      <p>
        The workbench has no page at this address. Start from <Link to="/">search</Link> or the{' '}
        <Link to="/timeline">obligations timeline</Link>.
      </p>
    </>
  );
}
