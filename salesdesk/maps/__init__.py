"""The territory map without Qt: what it draws (data), the page (page) and the base maps
under the markers (tiles: offline packs, a cached online source, the built-in map)."""
