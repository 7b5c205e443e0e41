import type { ComponentType, ReactElement } from 'react';
import type { ResourceQueries } from './data/resource';

/** A translation tree (polyglot): nested objects with string leaves. */
export interface Messages {
  [key: string]: string | Messages;
}

/** A link in the side menu to a workflow screen (resources get theirs from their `<Resource>`). */
export interface MenuLink {
  to: string;
  /** Translation key of the label. */
  label: string;
  icon: ComponentType;
  /** Roles that see the link; everyone signed in when absent. */
  roles?: readonly string[];
}

/**
 * What one domain adds to the back office: its resources (list/show/edit), its workflow screens (as
 * routes), its menu links, its translations and its mapping onto the gateway. Cut by domain like
 * the subgraphs: cases, people, grid, funds, dashboard.
 */
export interface AdminModule {
  name: string;
  /** `<Resource>` elements, given the signed-in roles so a role sees only what it may use. */
  resources(roles: readonly string[]): ReactElement[];
  /** `<Route>` elements for workflow screens inside the layout. */
  routes?: ReactElement[];
  menu?: MenuLink[];
  messages: { zh: Messages; en: Messages };
  queries: Record<string, ResourceQueries>;
}
