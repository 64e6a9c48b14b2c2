// The consent pop-up's last page (filled by the host work).
