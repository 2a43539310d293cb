/* The storytelling template's script, reduced to what our story uses: build the DOM from `config`, make the map,
   let scrollama fly to each chapter. Instrumented for the benchmark (window.__bench). */
/* global maplibregl, scrollama, config */
(function () {
	var bench = (window.__bench = { idle: null, moveStarts: [] });
	var story = document.getElementById('story');
	var features = document.createElement('div');
	features.setAttribute('id', 'features');
	var header = document.createElement('div');
	header.setAttribute('id', 'header');
	header.className = config.theme;
	var title = document.createElement('h1');
	title.innerText = config.title;
	header.appendChild(title);
	var subtitle = document.createElement('h2');
	subtitle.innerText = config.subtitle;
	header.appendChild(subtitle);
	var byline = document.createElement('p');
	byline.innerText = config.byline;
	header.appendChild(byline);
	story.appendChild(header);

	config.chapters.forEach(function (record, idx) {
		var container = document.createElement('div');
		var chapter = document.createElement('div');
		var h3 = document.createElement('h3');
		h3.innerText = record.title;
		chapter.appendChild(h3);
		record.paragraphs.forEach(function (text) {
			var p = document.createElement('p');
			p.innerHTML = text;
			chapter.appendChild(p);
		});
		container.setAttribute('id', record.id);
		container.classList.add('step');
		if (idx === 0) container.classList.add('active');
		chapter.classList.add(config.theme);
		container.appendChild(chapter);
		container.classList.add(record.alignment || 'lefty');
		features.appendChild(container);
	});
	story.appendChild(features);
	var footer = document.createElement('div');
	footer.setAttribute('id', 'footer');
	footer.innerText = config.footer;
	story.appendChild(footer);

	maplibregl.setWorkerUrl('maplibre-gl-csp-worker.js');
	var first = config.chapters[0].location;
	var map = (window.map = new maplibregl.Map({
		container: 'map',
		style: config.style,
		center: first.center,
		zoom: first.zoom,
		bearing: first.bearing,
		pitch: first.pitch,
		interactive: false
	}));
	map.on('movestart', function () {
		bench.moveStarts.push(performance.now());
	});
	map.once('idle', function () {
		bench.idle = performance.now();
	});

	function setLayerOpacity(layer) {
		config.layerPaint[layer.layer].forEach(function (prop) {
			map.setPaintProperty(layer.layer, prop, layer.opacity, { validate: false });
		});
	}

	var scroller = scrollama();
	map.on('load', function () {
		config.sources.forEach(function (s) {
			map.addSource(s.id, s.source);
		});
		config.layers.forEach(function (l) {
			map.addLayer(l);
		});
		config.chapters[0].onChapterEnter.forEach(setLayerOpacity);
		scroller
			.setup({ step: '.step', offset: 0.5, progress: true })
			.onStepEnter(function (response) {
				var chapter = config.chapters.find(function (c) {
					return c.id === response.element.id;
				});
				response.element.classList.add('active');
				map.flyTo(chapter.location);
				chapter.onChapterEnter.forEach(setLayerOpacity);
			})
			.onStepExit(function (response) {
				var chapter = config.chapters.find(function (c) {
					return c.id === response.element.id;
				});
				response.element.classList.remove('active');
				chapter.onChapterExit.forEach(setLayerOpacity);
			});
	});
	window.addEventListener('resize', scroller.resize);
})();
