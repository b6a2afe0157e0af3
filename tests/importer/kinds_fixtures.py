"""A technical page written for the tests of point 5 (a made-up tide-gauge logger), as HTML and Markdown."""

from __future__ import annotations

BIG_ROWS = "".join(f"<tr><td>Gauge {n}</td><td>{n * 3} m</td></tr>" for n in range(1, 15))

GAUGE_HTML = f"""<!doctype html>
<html><head><title>The Tide Gauge Logger</title></head>
<body><nav><a href="/">Home</a> <a href="/docs">Docs</a></nav>
<main><article>
<h1>The Tide Gauge Logger</h1>
<p>The logger reads the water level at the harbour wall every minute and keeps a week of readings on its card.
It sends a summary to the harbour office each hour over the radio link.</p>
<h2>Reading the Sensor</h2>
<p>The pressure sensor sits two metres below the lowest tide. Its reading rises by one unit for every
centimetre of water above it, so the logger only has to subtract the offset measured at installation.</p>
<h3>Converting a Reading</h3>
<p>The conversion is one line of arithmetic, done for each reading as it arrives from the sensor board.</p>
<p>Filename: logger/convert.py</p>
<pre><code class="language-python">def level_cm(raw, offset):
    # one unit of pressure is one centimetre of water
    return raw - offset
</code></pre>
<figure><img src="img/gauge.png" alt="A steel tube bolted to the harbour wall, its sensor under water">
<figcaption>Figure 2: The gauge tube on the north wall at low tide</figcaption></figure>
<p>Each converted reading is stored with its time, and the oldest day is removed when the card is full.</p>
<table><thead><tr><th>Field</th><th>Unit</th></tr></thead>
<tbody><tr><td>time</td><td>UTC</td></tr><tr><td>level</td><td>cm</td></tr></tbody></table>
<h4>Checking the Offset</h4>
<p>Once a month a keeper measures the water level by hand with a staff beside the tube. A difference of more
than two centimetres means the offset has drifted and must be measured again.</p>
<h5>When the Staff Is Missing</h5>
<p>The keeper can use the painted marks on the steps instead of the staff, which is less precise but enough.</p>
<h3>All the Gauges</h3>
<p>The harbour has fourteen gauges along its walls and piers, listed with their depth below the lowest tide.</p>
<table><tr><th>Gauge</th><th>Depth</th></tr>{BIG_ROWS}</table>
<img src="https://photos.example.org/pier.jpg" alt="The east pier">
<p><span class="caption">Figure 3: The east pier, where gauge 9 stands</span></p>
<p>The gauges on the piers are read less often, because the radio link to the pier heads is slow.</p>
</article></main>
<footer>Harbour office, North Quay</footer></body></html>
"""

GAUGE_MARKDOWN = """# The Tide Gauge Logger

The logger reads the water level at the harbour wall every minute and keeps a week of readings on its card.
It sends a summary to the harbour office each hour over the radio link.

## Reading the Sensor

The pressure sensor sits two metres below the lowest tide. Its reading rises by one unit for every
centimetre of water above it, so the logger only has to subtract the offset measured at installation.

### Converting a Reading

The conversion is one line of arithmetic, done for each reading as it arrives from the sensor board.

```python
def level_cm(raw, offset):
    # one unit of pressure is one centimetre of water
    return raw - offset
```

![Figure 2: The gauge tube on the north wall at low tide](img/gauge.png)

| Field | Unit |
|-------|------|
| time  | UTC  |
| level | cm   |

#### Checking the Offset

Once a month a keeper measures the water level by hand with a staff beside the tube. A difference of more
than two centimetres means the offset has drifted and must be measured again.

##### When the Staff Is Missing

The keeper can use the painted marks on the steps instead of the staff, which is less precise but enough.

### All the Gauges

The harbour has fourteen gauges along its walls and piers, listed with their depth below the lowest tide.

| Gauge | Depth |
|-------|-------|
""" + "".join(f"| Gauge {n} | {n * 3} m |\n" for n in range(1, 15)) + """
![Figure 3: The east pier, where gauge 9 stands](https://photos.example.org/pier.jpg)

The gauges on the piers are read less often, because the radio link to the pier heads is slow.
"""
