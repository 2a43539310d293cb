// Where a step's camera goes in a live map: framed inside the part of its element that nothing covers, measured now
// (the text panel, the controls, the key, the attribution), by the one framing rule (clearArea.ts frameStep).
import { viewFor, type CameraTarget, type CameraView } from './camera';
import { frameStep, type Rect } from './clearArea';
import { coverRects } from './coversOverMap';

export function aimCamera(step: CameraTarget, node: HTMLElement): { target: CameraTarget; view: CameraView } {
	const r = node.getBoundingClientRect();
	const rect: Rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
	const framed = frameStep(step, rect, coverRects());
	return { target: framed.target, view: viewFor(framed.target, { width: r.width, height: r.height }, framed.padding) };
}
