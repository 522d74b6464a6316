import { makeStaticStyles } from '@fluentui/react-components';

/**
 * Printing the governors' report: A4 with margins, and none of the app around it. `:has` scopes the chrome rules
 * to a page showing the report, so other views print as their owners chose.
 */
export const useReportPrintStyles = makeStaticStyles(`
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  main:has([data-governors-report]) > header { display: none; }
  body:has([data-governors-report]) .fui-FluentProvider { background-color: transparent; min-height: 0; }
  [data-governors-report] { font-size: 10pt; }
}
`);
