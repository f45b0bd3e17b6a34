import type { ComponentType, ReactElement } from 'react';

/**
 * The elements of `type` in what a server component returned, with the props it gave them. The tree is searched
 * as returned, without rendering: components inside it are not called.
 */
export function elementsOfType<P>(node: unknown, type: ComponentType<P>): ReactElement<P>[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementsOfType(child, type));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as ReactElement<{ children?: unknown }>;
  const here = element.type === type ? [element as unknown as ReactElement<P>] : [];
  return [...here, ...elementsOfType(element.props.children, type)];
}
