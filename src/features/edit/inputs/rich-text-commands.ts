// Formatting for the rich text editor, done on the DOM with Ranges (document.execCommand is deprecated and
// behaves differently in every browser). Each command works on the editor's current selection, and leaves
// the result selected so the next command applies to the same text.

export type InlineTag = 'strong' | 'em';
export type ListTag = 'ul' | 'ol';

const SAME_INLINE: Readonly<Record<InlineTag, string>> = { strong: 'strong, b', em: 'em, i' };
const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE']);

/** The selection's range when it lies inside the editor. */
export function rangeInside(root: HTMLElement): Range | undefined {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? range : undefined;
}

function select(root: HTMLElement, node: Node): void {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(node);
  const selection = root.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function closestWithin(root: HTMLElement, node: Node, selector: string): Element | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const found = element?.closest(selector);
  return found && found !== root && root.contains(found) ? found : undefined;
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/** Bold or italic on the selected text, or off again when the selection is already inside it. */
export function toggleInline(root: HTMLElement, tag: InlineTag, range = rangeInside(root)): void {
  if (!range || range.collapsed) return;
  const existing = closestWithin(root, range.commonAncestorContainer, SAME_INLINE[tag]);
  if (existing) {
    const parent = existing.parentNode;
    unwrap(existing);
    if (parent) select(root, parent);
    return;
  }
  const wrapper = root.ownerDocument.createElement(tag);
  wrapper.append(range.extractContents());
  range.insertNode(wrapper);
  select(root, wrapper);
}

interface Block {
  readonly element: Element;
  readonly selected: boolean;
}

/**
 * The editor's top-level blocks, with loose text and inline elements grouped into paragraphs split at line
 * breaks. Which blocks the range touches is read before anything moves: moving nodes collapses a live range.
 */
function blocksOf(root: HTMLElement, range: Range): Block[] {
  const selected = new Set([...root.childNodes].filter((node) => range.intersectsNode(node)));
  const blocks: { element: Element; selected: boolean }[] = [];
  let open: { element: HTMLParagraphElement; selected: boolean } | undefined;
  for (const node of [...root.childNodes]) {
    if (node instanceof Element && BLOCKS.has(node.tagName)) {
      open = undefined;
      blocks.push({ element: node, selected: selected.has(node) });
    } else if (node instanceof Element && node.tagName === 'BR') {
      open = undefined;
      node.remove();
    } else {
      if (!open) {
        open = { element: root.ownerDocument.createElement('p'), selected: false };
        node.before(open.element);
        blocks.push(open);
      }
      open.selected ||= selected.has(node);
      open.element.append(node);
    }
  }
  return blocks;
}

function touched(root: HTMLElement, range: Range): Element[] {
  const blocks = blocksOf(root, range);
  const hit = blocks.filter((block) => block.selected);
  return (hit.length > 0 ? hit : blocks.slice(-1)).map((block) => block.element);
}

function paragraphWith(doc: Document, nodes: Iterable<Node>): HTMLParagraphElement {
  const paragraph = doc.createElement('p');
  paragraph.append(...nodes);
  return paragraph;
}

/** Turns the selected lines into a bulleted or numbered list, or back into paragraphs when they already are one. */
export function toggleList(root: HTMLElement, tag: ListTag, range = rangeInside(root)): void {
  if (!range) return;
  const doc = root.ownerDocument;
  const blocks = touched(root, range);
  if (blocks.length > 0 && blocks.every((block) => block.tagName === tag.toUpperCase())) {
    for (const list of blocks) list.replaceWith(...[...list.children].map((item) => paragraphWith(doc, [...item.childNodes])));
    return;
  }
  const list = doc.createElement(tag);
  for (const block of blocks) {
    const items = block.tagName === 'UL' || block.tagName === 'OL' ? [...block.children] : [block];
    for (const item of items) {
      const li = doc.createElement('li');
      li.append(...item.childNodes);
      list.append(li);
    }
  }
  if (list.children.length === 0) list.append(doc.createElement('li'));
  const [first, ...rest] = blocks;
  if (first) first.replaceWith(list);
  else root.append(list);
  for (const block of rest) block.remove();
  select(root, list);
}

/** Links the selected text to `href`; with nothing selected, inserts the address itself as the link. */
export function insertLink(root: HTMLElement, href: string, range = rangeInside(root)): void {
  const link = root.ownerDocument.createElement('a');
  link.href = href;
  if (!range) {
    link.textContent = href;
    root.append(link);
    return;
  }
  if (range.collapsed) link.textContent = href;
  else link.append(range.extractContents());
  range.insertNode(link);
  select(root, link);
}

/** Puts already-sanitised content where the caret is (at the end when the editor has no selection). */
export function insertFragment(root: HTMLElement, fragment: DocumentFragment, range = rangeInside(root)): void {
  const last = fragment.lastChild;
  if (!range) root.append(fragment);
  else {
    range.deleteContents();
    range.insertNode(fragment);
  }
  if (!last) return;
  const caret = root.ownerDocument.createRange();
  caret.setStartAfter(last);
  caret.collapse(true);
  const selection = root.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(caret);
}
