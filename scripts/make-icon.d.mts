// Types for make-icon.mjs, so TypeScript tests can call it.
export declare const SIZE: number;
export declare function drawIcon(): Uint8Array;
export declare function scanlines(pixels: Uint8Array, width?: number, height?: number): Buffer;
export declare function encodePng(pixels: Uint8Array, width?: number, height?: number): Buffer;
