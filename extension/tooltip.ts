// One tooltip for all highlights. It lives in a closed shadow root whose host is attached to
// <html> only while visible, so a hidden tooltip leaves the page exactly as it was.
export const UI_ATTR = 'data-finlens-ui';

// The host's own styles are inline and !important: page rules such as `* { all: unset
// !important }` outrank `:host`, but not an inline !important declaration. Where the browser has
// popovers, the host also goes to the top layer, above any stacking context, and positioned
// against the viewport whatever transform or filter the page puts on <html>.
const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:fixed',
  'inset:0 auto auto 0',
  'width:max-content',
  'max-width:360px',
  'height:auto',
  'margin:0',
  'padding:0',
  'border:0',
  'background:transparent',
  'overflow:visible',
  'z-index:2147483647',
  'pointer-events:none',
  'visibility:visible',
  'opacity:1',
  'contain:layout style',
]
  .map((declaration) => `${declaration} !important`)
  .join(';');

// Both without white space: the minifier leaves strings as they are in the article script,
// whose every byte is compiled on every article page.
const STYLE = [
  'div{box-sizing:border-box;max-width:360px;padding:6px 10px;border-radius:6px',
  'background:#1f2937;color:#f9fafb;box-shadow:0 4px 14px rgb(0 0 0/0.25)',
  'font:13px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif',
  'white-space:normal;overflow-wrap:anywhere;text-align:start}',
].join(';');

export interface Tooltip {
  show(text: string, x: number, y: number): void;
  hide(): void;
}

const inTopLayer = (host: HTMLElement) => host.matches(':popover-open');

export function createTooltip(doc: Document): Tooltip {
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTR, '');
  const canPop = typeof host.showPopover === 'function';
  if (canPop) host.popover = 'manual';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.setAttribute('role', 'tooltip');
  root.append(style, box);
  const place = (left: number, top: number) => {
    host.style.cssText = `${HOST_STYLE}; transform: translate(${Math.round(left)}px, ${Math.round(top)}px) !important`;
  };

  return {
    show(text, x, y) {
      box.textContent = text;
      if (!host.isConnected) {
        place(0, 0);
        doc.documentElement.appendChild(host);
      }
      if (canPop && !inTopLayer(host)) {
        try {
          host.showPopover();
        } catch {
          // The page cancelled it or moved the host; the fixed position still shows it.
        }
      }
      // Below right of the pointer, flipped where it would leave the viewport. The window's
      // size, not <html>'s, which page CSS can make inline and zero-sized.
      const { width, height } = box.getBoundingClientRect();
      const viewWidth = doc.defaultView?.innerWidth ?? 0;
      const viewHeight = doc.defaultView?.innerHeight ?? 0;
      const left = x + 12 + width > viewWidth ? Math.max(4, x - 12 - width) : x + 12;
      const top = y + 18 + height > viewHeight ? Math.max(4, y - 12 - height) : y + 18;
      place(left, top);
    },
    hide() {
      if (canPop && inTopLayer(host)) host.hidePopover();
      host.remove();
    },
  };
}
