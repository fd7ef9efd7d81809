/*
 * The "Support finder" block in the editor: settings in the sidebar, and a preview drawn by the server (the
 * same markup a visitor gets) with the finder script the plugin also loads here. Plain JavaScript against
 * the editor's globals, so the plugin needs no build step of its own. Words come translated from PHP.
 */
(function (wp, words) {
	'use strict';
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var c = wp.components;
	var be = wp.blockEditor;
	var labels = words.labels;
	var options = words.options;

	/** Checkboxes for a space-separated list of words, such as audience="self family". */
	function wordsControl(props, name) {
		var chosen = (props.attributes[name] || '').split(/\s+/).filter(Boolean);
		return el(
			c.BaseControl,
			{ id: 'osf-' + name, label: labels[name] },
			Object.keys(options[name]).map(function (word) {
				return el(c.CheckboxControl, {
					key: word,
					label: options[name][word],
					checked: chosen.indexOf(word) !== -1,
					onChange: function (on) {
						var next = chosen.filter(function (w) { return w !== word; });
						if (on) next.push(word);
						var update = {};
						update[name] = next.join(' ');
						props.setAttributes(update);
					},
				});
			})
		);
	}

	function toggle(props, name) {
		return el(c.ToggleControl, {
			label: labels[name],
			checked: Boolean(props.attributes[name]),
			onChange: function (on) {
				var update = {};
				update[name] = on;
				props.setAttributes(update);
			},
		});
	}

	function text(props, name, type) {
		return el(c.TextControl, {
			label: labels[name],
			type: type || 'text',
			value: props.attributes[name] || '',
			onChange: function (value) {
				var update = {};
				update[name] = value;
				props.setAttributes(update);
			},
		});
	}

	/** A choice whose first option is "the site's default" (or, for the feed format, "found from the data"). */
	function select(props, name, first) {
		var choices = [{ value: '', label: first }].concat(
			Object.keys(options[name]).map(function (value) { return { value: value, label: options[name][value] }; })
		);
		return el(c.SelectControl, {
			label: labels[name],
			value: props.attributes[name] || '',
			options: choices,
			onChange: function (value) {
				var update = {};
				update[name] = value;
				props.setAttributes(update);
			},
		});
	}

	function edit(props) {
		return el(
			Fragment,
			null,
			el(
				be.InspectorControls,
				null,
				el(
					c.PanelBody,
					{ title: labels.filters, initialOpen: true },
					text(props, 'query'),
					wordsControl(props, 'audience'),
					wordsControl(props, 'approaches'),
					wordsControl(props, 'formats'),
					wordsControl(props, 'days'),
					wordsControl(props, 'times'),
					toggle(props, 'medicationFriendly'),
					toggle(props, 'free'),
					toggle(props, 'open247'),
					toggle(props, 'meetsToday')
				),
				el(
					c.PanelBody,
					{ title: labels.site, initialOpen: false },
					text(props, 'hostName'),
					text(props, 'src', 'url'),
					select(props, 'srcFormat', labels.found),
					text(props, 'srcTimeout', 'number'),
					select(props, 'feedAudience', labels.found),
					text(props, 'timezone'),
					toggle(props, 'localOnly'),
					text(props, 'hide'),
					select(props, 'theme', labels.siteDefault),
					text(props, 'accent'),
					select(props, 'lang', labels.siteDefault),
					toggle(props, 'languageSwitch'),
					toggle(props, 'kiosk'),
					text(props, 'idleTimeout', 'number'),
					text(props, 'near'),
					select(props, 'distanceUnit', labels.siteDefault),
					select(props, 'maps', labels.siteDefault)
				)
			),
			el(
				'div',
				be.useBlockProps(),
				el(c.Disabled, null, el(wp.serverSideRender, { block: 'oud-support-finder/finder', attributes: props.attributes }))
			)
		);
	}

	wp.blocks.registerBlockType('oud-support-finder/finder', {
		edit: edit,
		save: function () { return null; }, // drawn on the server
	});
})(window.wp, window.oudSupportFinderBlock);
