// The consent pop-up's first page (filled by the host work).
