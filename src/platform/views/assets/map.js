// The map island: drawn only on a page whose reader agreed to the tile server (the server leaves this script out
// otherwise). It reads everything from the page: the tile URL template and attribution from the map box's data
// attributes, the points from a JSON block. The list on the page stays the content; the map only adds to it.
(() => {
  const box = document.getElementById('z-map');
  const data = document.getElementById('z-map-points');
  const L = window.L;
  if (!box || !data || !L) return;
  const points = JSON.parse(data.textContent || '[]');
  const map = L.map(box, { scrollWheelZoom: false });
  L.tileLayer(box.dataset.tiles, { maxZoom: 19, attribution: box.dataset.attribution || '' }).addTo(map);
  const bounds = [];
  for (const p of points) {
    // The popup is built from elements, never from HTML text: names come from editors and imports.
    const link = document.createElement('a');
    link.href = p.href;
    link.textContent = p.name;
    L.circleMarker([p.lat, p.lon], { radius: 8, weight: 2 }).bindPopup(link).addTo(map);
    bounds.push([p.lat, p.lon]);
  }
  if (bounds.length > 0) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
  else map.setView([Number(box.dataset.lat) || 52.6, Number(box.dataset.lon) || 7.3], 12);
})();
