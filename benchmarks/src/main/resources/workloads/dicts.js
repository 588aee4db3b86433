// Dict- and string-heavy work: the same program as dicts.py, with Map for dict.
function run(n) {
  var counts = new Map();
  var parts = [];
  for (var i = 0; i < n; i++) {
    var key = "k" + String((i * 7919) % 4093);
    counts.set(key, (counts.get(key) || 0) + 1);
    if (i % 7 === 0) {
      parts.push(key.toUpperCase());
    }
  }
  var text = parts.join("-");
  var total = text.length;
  var keys = Array.from(counts.keys()).sort();
  for (var k = 0; k < keys.length; k++) {
    total += counts.get(keys[k]) * keys[k].length;
  }
  var groups = new Map();
  var words = text.split("-");
  for (var w = 0; w < words.length; w++) {
    var prefix = words[w].slice(0, 3);
    var group = groups.get(prefix);
    if (group === undefined) {
      group = [];
      groups.set(prefix, group);
    }
    group.push(words[w]);
  }
  groups.forEach(function (group, prefix) {
    total += group.length * prefix.length;
  });
  return total;
}

if (typeof module !== "undefined" && module.exports) {
  module.exports = { run: run };
}
