/**
 * The join QR (SVG markup made by the core) as an image address. An <img> never runs what is
 * inside it, and the CSP allows data: images, so no markup is ever put into the page's DOM.
 */
export function qrImageSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
