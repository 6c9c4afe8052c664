// Draws the effect chart on the topic page from the tables beside it: findings per quarter from the quarter table
// (which is the chart's text alternative), and a dashed vertical line with its number at the start of each measure
// from the table of measures. Withheld counts ("<3", "x") carry no number and are left out of the bars.
(function () {
  'use strict';

  // Vertical lines at the measures' starts: a few lines of canvas drawing instead of an annotation plugin.
  var measureStarts = {
    id: 'measureStarts',
    afterDatasetsDraw: function (chart, args, options) {
      var x = chart.scales.x;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      var step = x.getPixelForValue(1) - x.getPixelForValue(0);
      if (!isFinite(step) || step === 0) {
        step = area.right - area.left;
      }
      ctx.save();
      ctx.strokeStyle = '#7a1fa2';
      ctx.fillStyle = '#7a1fa2';
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.font = 'bold 13px sans-serif';
      ctx.textAlign = 'center';
      (options.starts || []).forEach(function (start) {
        var px = x.getPixelForValue(start.index) + (start.fraction - 0.5) * step;
        ctx.beginPath();
        ctx.moveTo(px, area.top + 16);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.fillText(start.mark, px, area.top + 12);
      });
      ctx.restore();
    }
  };

  function draw() {
    var canvas = document.getElementById('effect-chart');
    var table = document.getElementById('effect-quarters');
    if (!canvas || !table || typeof window.Chart === 'undefined') {
      return;
    }
    var labels = [];
    var counts = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.getAttribute('data-label'));
      var cell = row.querySelector('[data-count]');
      var count = cell ? cell.getAttribute('data-count') : '';
      counts.push(count === '' || count === null ? null : Number(count));
    });
    var starts = [];
    document.querySelectorAll('#effect-rates tbody tr[data-start-index]').forEach(function (row) {
      starts.push({
        index: Number(row.getAttribute('data-start-index')),
        fraction: Number(row.getAttribute('data-start-fraction')),
        mark: row.getAttribute('data-mark')
      });
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{ label: canvas.getAttribute('data-findings-label'), data: counts, backgroundColor: '#1b4d8c' }]
      },
      options: {
        responsive: true,
        animation: false,
        layout: { padding: { top: 20 } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { measureStarts: { starts: starts } }
      },
      plugins: [measureStarts]
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
