/** The page operator: automatic mode's tools carried out on the real pages, step by step. */
export { PageOperator } from './page-operator.ts';
