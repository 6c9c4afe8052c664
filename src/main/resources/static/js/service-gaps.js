// Draws the service gap chart from the summary table on the page: the table is the data and the text
// alternative at once. Withheld counts ("<3", "x") carry no number and are left out of the bars.
(function () {
  'use strict';

  function draw() {
    var canvas = document.getElementById('service-gap-chart');
    var table = document.getElementById('service-gap-summary');
    if (!canvas || !table || typeof window.Chart === 'undefined') {
      return;
    }
    var labels = [];
    var needs = [];
    var offers = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.getAttribute('data-label'));
      var needCell = row.querySelector('[data-needs]');
      var offerCell = row.querySelector('[data-offers]');
      var need = needCell ? needCell.getAttribute('data-needs') : '';
      needs.push(need === '' || need === null ? null : Number(need));
      offers.push(offerCell ? Number(offerCell.getAttribute('data-offers')) : null);
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.getAttribute('data-needs-label'), data: needs, backgroundColor: '#b3261e' },
          { label: canvas.getAttribute('data-offers-label'), data: offers, backgroundColor: '#1b4d8c' }
        ]
      },
      options: {
        responsive: true,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
