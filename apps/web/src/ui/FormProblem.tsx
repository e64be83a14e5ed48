import { Alert } from './content';

/** The alert above a form after a failed submit. */
export function FormProblem({ problem }: { problem: { message: string; details: { path: string; message: string }[] } | null }) {
  if (!problem) return null;
  return (
    <Alert type="error">
      <p className="utrecht-paragraph">{problem.message}</p>
      {problem.details.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {problem.details.map((d) => (
            <li className="utrecht-unordered-list__item" key={d.path}>
              {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
