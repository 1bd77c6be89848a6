const getters = new Map<string, (this: Node) => unknown>();

/**
 * `node[name]` as `Node` or `Element` defines it, read past what markup names on the node: a
 * form's controls shadow its own members (`<input name="nodeType">`, `name="parentNode"`). Works
 * for a node made in another frame, whose prototypes are that frame's. Each getter is looked up
 * at its first read, not on import: there is no DOM on a server.
 */
export function readNode<K extends keyof Element>(node: Node, name: K): Element[K] {
  let get = getters.get(name);
  if (!get) {
    get = (Object.getOwnPropertyDescriptor(Node.prototype, name) ?? Object.getOwnPropertyDescriptor(Element.prototype, name))!.get!;
    getters.set(name, get);
  }
  return get.call(node) as Element[K];
}
