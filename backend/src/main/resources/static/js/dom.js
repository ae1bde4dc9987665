// Builds DOM nodes from data. Text always goes in as text nodes, never as markup, so nothing
// that comes from the API (titles, sentences, labels) can inject HTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    // styles go in through the CSSOM: the page's Content-Security-Policy refuses style attributes
    else if (key === 'style') Object.assign(node.style, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A short message in place of a chart: empty results, errors, loading. */
export function message(kind, text, details = []) {
  return el('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    el('p', { text }),
    details.length ? el('ul', {}, details.map((d) => el('li', { text: d }))) : null);
}
