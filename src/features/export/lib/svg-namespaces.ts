/** The two namespaces an exported document may use; the sanitiser drops every other declaration. */
export const SVG_NS = "http://www.w3.org/2000/svg";
export const XLINK_NS = "http://www.w3.org/1999/xlink";
