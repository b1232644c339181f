// Screen widths the page is laid out for, stated once for the styles' scripts and the server.

/** A wide screen: the map beside the panels, loaded at once (narrower ones ask for it). */
export const WIDE_SCREEN = '(min-width: 901px)';
