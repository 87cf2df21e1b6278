/**
 * Map export (issue 6): a picture of the map at print resolution, and the
 * canvas renderer of a composed sheet (the PNG export).
 *
 * Reading pixels back from a WebGL canvas needs the drawing buffer to survive
 * the frame: the map is created with `preserveDrawingBuffer: true`
 * (src/map/create-map.ts), otherwise `toDataURL` returns a blank image unless
 * it runs right after a `render` event, before the next frame clears it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DrawOp } from '../print/compose.ts';
import { MM_PER_PT, mmToPx, pagePixelSize, type PageLayout, type RectMm } from '../print/page.ts';
import { metresPerPixel } from '../print/scale-bar.ts';

/** The map as a picture for a frame on paper. */
export interface MapPicture {
  /** PNG data URL, exactly the frame's size at the requested resolution. */
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  /** Ground metres per mm of the frame (for the scale bar), at the centre latitude. */
  metresPerMm: number;
  bearingDeg: number;
}

/** Waits until the map has drawn everything after a change. */
function whenIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * Renders the current view for a print frame: the map container briefly
 * takes the frame's aspect ratio (same area on screen, so the same zoom shows
 * about the same extent) and a pixel ratio that makes the canvas exactly the
 * frame's size at `dpi`; then everything is put back.
 * @param map the map
 * @param frame the map frame on paper (mm)
 * @param dpi print resolution
 * @returns the picture and what the scale bar needs
 */
export async function captureMap(
  map: MapLibreMap,
  frame: Pick<RectMm, 'w' | 'h'>,
  dpi: number,
): Promise<MapPicture> {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const widthPx = mmToPx(frame.w, dpi);
  const heightPx = mmToPx(frame.h, dpi);
  const aspect = frame.w / frame.h;
  const cssW = Math.max(200, Math.round(Math.sqrt(box.width * box.height * aspect)));
  const cssH = Math.round(cssW / aspect);
  const saved = {
    width: container.style.width,
    height: container.style.height,
    pixelRatio: map.getPixelRatio(),
    camera: {
      center: map.getCenter(),
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    },
  };
  try {
    container.style.width = `${cssW}px`;
    container.style.height = `${cssH}px`;
    map.setPixelRatio(widthPx / cssW);
    map.resize();
    await whenIdle(map);
    const canvas = map.getCanvas();
    // The canvas may be a pixel off the target after rounding; draw it onto one of the exact size.
    const out = document.createElement('canvas');
    out.width = widthPx;
    out.height = heightPx;
    out.getContext('2d')!.drawImage(canvas, 0, 0, widthPx, heightPx);
    const center = map.getCenter();
    return {
      dataUrl: out.toDataURL('image/png'),
      widthPx,
      heightPx,
      metresPerMm: (metresPerPixel(center.lat, map.getZoom()) * cssW) / frame.w,
      bearingDeg: map.getBearing(),
    };
  } finally {
    container.style.width = saved.width;
    container.style.height = saved.height;
    map.setPixelRatio(saved.pixelRatio);
    map.resize();
    // Resizing can nudge the centre by a rounding error; the shared link must not change.
    map.jumpTo(saved.camera);
  }
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image failed to load'));
    img.src = src;
  });
}

/**
 * Draws a composed sheet on a canvas of the page's size at `dpi`.
 * @param layout the page layout
 * @param ops the drawing operations of `composeSheet`
 * @param dpi resolution
 * @returns the canvas (page size in pixels, see `pagePixelSize`)
 */
export async function renderSheetCanvas(
  layout: PageLayout,
  ops: readonly DrawOp[],
  dpi: number,
): Promise<HTMLCanvasElement> {
  const { widthPx, heightPx } = pagePixelSize(layout.paper, dpi);
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(widthPx / layout.widthMm, heightPx / layout.heightMm);
  for (const op of ops) {
    ctx.save();
    switch (op.kind) {
      case 'image': {
        const img = await loadImage(op.dataUrl);
        ctx.drawImage(img, op.rect.x, op.rect.y, op.rect.w, op.rect.h);
        break;
      }
      case 'rect':
        ctx.setLineDash(op.dashMm ?? []);
        if (op.fill) {
          ctx.fillStyle = op.fill;
          ctx.fillRect(op.rect.x, op.rect.y, op.rect.w, op.rect.h);
        }
        if (op.stroke) {
          ctx.strokeStyle = op.stroke;
          ctx.lineWidth = op.lineWidthMm ?? 0.2;
          ctx.strokeRect(op.rect.x, op.rect.y, op.rect.w, op.rect.h);
        }
        break;
      case 'line':
        ctx.setLineDash(op.dashMm ?? []);
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = op.lineWidthMm;
        ctx.beginPath();
        ctx.moveTo(...op.from);
        ctx.lineTo(...op.to);
        ctx.stroke();
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(op.center[0], op.center[1], op.r, 0, Math.PI * 2);
        if (op.fill) {
          ctx.fillStyle = op.fill;
          ctx.fill();
        }
        if (op.stroke) {
          ctx.strokeStyle = op.stroke;
          ctx.lineWidth = 0.2;
          ctx.stroke();
        }
        break;
      case 'polygon':
        ctx.beginPath();
        op.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
        ctx.closePath();
        ctx.fillStyle = op.fill;
        ctx.fill();
        break;
      case 'text':
        ctx.font = `${op.style.bold ? 'bold ' : ''}${op.style.sizePt * MM_PER_PT}px Helvetica, Arial, sans-serif`;
        ctx.fillStyle = op.style.color ?? '#000000';
        ctx.textAlign = op.style.align ?? 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.fillText(op.text, op.x, op.y);
        break;
    }
    ctx.restore();
  }
  return canvas;
}

/**
 * Offers a file to the user as a download.
 * @param data the file's content
 * @param fileName the suggested name
 */
export function downloadFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
