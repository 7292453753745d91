// The dashboard's charts (Apache ECharts, bundled): the trend against the same periods of last year, and the open and
// overdue hazards of each child region. The data comes in a JSON block (no inline script: the CSP forbids it); the
// tables beside the charts hold the same figures for printing and for readers without JavaScript.
(function () {
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    var printButton = document.querySelector("[data-print]");
    if (printButton) { printButton.addEventListener("click", function () { window.print(); }); }
    var block = document.getElementById("chart-data");
    var labels = document.getElementById("chart-labels");
    if (!block || !labels || typeof echarts === "undefined") { return; }
    var data = JSON.parse(block.textContent);
    var l = labels.dataset;
    var charts = [];
    var trendBox = document.getElementById("trend-chart");
    if (trendBox) {
      var trend = echarts.init(trendBox, null, { renderer: "svg" });
      trend.setOption({
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 40, right: 16, top: 40, bottom: 30 },
        xAxis: { type: "category", data: data.points.map(function (p) { return p.period; }) },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { name: l.found, type: "bar", data: data.points.map(function (p) { return p.found; }) },
          { name: l.closed, type: "bar", data: data.points.map(function (p) { return p.closed; }) },
          { name: l.overdue, type: "line", data: data.points.map(function (p) { return p.overdue; }) },
          { name: l.lastYear, type: "line", lineStyle: { type: "dashed" },
            data: data.lastYear.map(function (p) { return p.found; }) }
        ]
      });
      charts.push(trend);
    }
    var childBox = document.getElementById("children-chart");
    if (childBox && data.children.length > 0) {
      var children = echarts.init(childBox, null, { renderer: "svg" });
      children.setOption({
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 40, right: 16, top: 40, bottom: 60 },
        xAxis: { type: "category", data: data.children.map(function (c) { return c.name; }),
                 axisLabel: { interval: 0, rotate: data.children.length > 6 ? 40 : 0 } },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { name: l.open, type: "bar", data: data.children.map(function (c) { return c.open; }) },
          { name: l.nowOverdue, type: "bar", data: data.children.map(function (c) { return c.overdue; }) }
        ]
      });
      charts.push(children);
    }
    window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
    window.addEventListener("beforeprint", function () { charts.forEach(function (c) { c.resize(); }); });
  });
})();
