import { type ComponentType, createElement, type ReactElement } from 'react';
import { Resource, type ResourceProps } from 'react-admin';
import { hasRole, type Role } from './auth/roles';
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
  roles?: readonly Role[];
}

/** One react-admin resource of a domain, and the roles that get it and its forms. */
export interface ResourceSpec extends Omit<ResourceProps, 'create' | 'edit'> {
  /** Roles that get the resource at all; everyone signed in when absent. */
  roles?: readonly Role[];
  /** The create form and the roles that may use it. */
  create?: { view: ComponentType; roles: readonly Role[] };
  edit?: { view: ComponentType; roles: readonly Role[] };
}

/**
 * What one domain adds to the back office: its resources (list/show/edit), its workflow screens (as
 * routes), its menu links, its translations and its mapping onto the gateway. Cut by domain like
 * the subgraphs: cases, people, grid, funds, dashboard.
 */
export interface AdminModule {
  name: string;
  /** Its resources; a role gets only those it may use (`resourcesFor`). */
  resources: ResourceSpec[];
  /** `<Route>` elements for workflow screens inside the layout. */
  routes?: ReactElement[];
  menu?: MenuLink[];
  messages: { zh: Messages; en: Messages };
  queries: Record<string, ResourceQueries>;
}

/** The `<Resource>` elements of a domain a signed-in account gets, its forms only for the roles they name. */
export function resourcesFor(module: AdminModule, roles: readonly string[]): ReactElement<ResourceProps>[] {
  const form = (f?: { view: ComponentType; roles: readonly Role[] }) =>
    f && hasRole(roles, f.roles) ? f.view : undefined;
  return module.resources
    .filter((r) => !r.roles || hasRole(roles, r.roles))
    .map(({ roles: _roles, create, edit, ...props }) =>
      createElement(Resource, { key: props.name, ...props, create: form(create), edit: form(edit) }),
    );
}
