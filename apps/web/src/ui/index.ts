/** The app's only entry to NL Design System components: pages and features import from here. */
export { Button, ButtonGroup, ButtonLink, DownloadLink, FormButtons, Link, NavLink } from './Button';
export type { ButtonProps } from './Button';
export { CheckboxField, CheckboxGroup, CheckboxList, RadioGroup, SelectField, TextAreaField, TextField } from './fields';
export type { Option } from './fields';
export {
  ActionLabel,
  Alert,
  Card,
  DataList,
  Heading,
  Loading,
  PageTitle,
  Paragraph,
  ProgressBar,
  Section,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from './content';
export type { AlertType, BadgeTone } from './content';
export { DataTable, QueryState } from './data';
export type { Column, QueryLike } from './data';
export { PageShell, SkipLink } from './layout';
export { FormProblem } from './FormProblem';
export { useFocusAfterRender } from './focus';
export { LoadMore } from './LoadMore';
export { pageQuery, replaceInPages, usePagedList } from './usePagedList';
