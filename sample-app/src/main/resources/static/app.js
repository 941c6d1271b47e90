// The notes page: plain JavaScript against the sample's HTTP API, no build step.
'use strict';

const $ = (id) => document.getElementById(id);

// Errors are RFC 9457 problem details: show their detail and the rejected fields.
async function problem(response) {
	try {
		const body = await response.json();
		const fields = (body.errors || []).map((e) => `${e.field}: ${e.message}`).join('\n');
		return [body.detail || body.title || response.statusText, fields].filter(Boolean).join('\n');
	}
	catch (e) {
		return `${response.status} ${response.statusText}`;
	}
}

function noteItem(note) {
	const item = document.createElement('li');
	item.className = 'note';
	item.dataset.id = note.id;
	const title = document.createElement('strong');
	title.className = 'title';
	title.textContent = note.title;
	const body = document.createElement('div');
	body.className = 'body';
	body.textContent = note.body;
	const tags = document.createElement('div');
	tags.className = 'tags';
	tags.textContent = note.tags.length ? 'tags: ' + note.tags.join(', ') : '';
	const ask = document.createElement('button');
	ask.className = 'ask';
	ask.textContent = 'Ask the agent';
	ask.addEventListener('click', () => askAbout(note));
	const remove = document.createElement('button');
	remove.className = 'delete';
	remove.textContent = 'Delete';
	remove.addEventListener('click', () => deleteNote(note));
	item.append(title, ' ', ask, ' ', remove, body, tags);
	return item;
}

function showNotes(notes) {
	$('notes').replaceChildren(...notes.map(noteItem));
}

async function listNotes() {
	const response = await fetch('/notes?size=50');
	showNotes((await response.json()).notes);
}

async function searchNotes(query) {
	const response = await fetch('/notes/search?q=' + encodeURIComponent(query));
	showNotes(response.ok ? await response.json() : []);
}

async function addNote(event) {
	event.preventDefault();
	$('add-error').textContent = '';
	const tags = $('tags').value.split(',').map((t) => t.trim()).filter(Boolean);
	const response = await fetch('/notes', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ title: $('title').value, body: $('body').value, tags }),
	});
	if (!response.ok) {
		$('add-error').textContent = await problem(response);
		return;
	}
	$('add-form').reset();
	await listNotes();
}

async function deleteNote(note) {
	const response = await fetch('/notes/' + note.id, { method: 'DELETE' });
	if (!response.ok && response.status !== 404) {
		$('add-error').textContent = await problem(response);
	}
	await listNotes();
}

// EventSource cannot POST: read the text/event-stream with fetch and a stream reader, and split it
// into events (blank-line separated; each data line is JSON {"text": "..."}).
async function askAbout(note) {
	$('answer').textContent = '';
	$('answer-error').textContent = '';
	$('answer').dataset.state = 'streaming';
	const response = await fetch(`/notes/${note.id}/ask`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
		body: JSON.stringify({}),
	});
	if (!response.ok) {
		$('answer-error').textContent = await problem(response);
		$('answer').dataset.state = 'failed';
		return;
	}
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) {
			break;
		}
		buffer += value.replace(/\r\n?/g, '\n');
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			showEvent(buffer.slice(0, end));
			buffer = buffer.slice(end + 2);
		}
	}
	$('answer').dataset.state = 'done';
}

function showEvent(frame) {
	let name = 'message';
	const data = [];
	for (const line of frame.split('\n')) {
		if (line.startsWith('event:')) {
			name = line.slice(6).trim();
		}
		else if (line.startsWith('data:')) {
			data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
		}
	}
	if (!data.length) {
		return;
	}
	const chunk = JSON.parse(data.join('\n'));
	if (name === 'error') {
		$('answer-error').textContent = chunk.text;
	}
	else {
		$('answer').textContent += chunk.text;
	}
}

async function showTenant() {
	const card = await (await fetch('/tenant')).json();
	const rows = [
		['Tenant', card.tenantId],
		['Lifecycle', card.lifecycle],
		['State', card.state],
		['Expires at', card.expiresAt ? `${card.expiresAt} (${card.timeLeft} left)` : 'never'],
		['Resources', card.resources.map((r) => `${r.name} (${r.readiness})`).join(', ') || 'none'],
		['Cohesivity at', card.baseUrl],
	];
	if (card.claimSteps.length) {
		rows.push(['To claim it', card.claimSteps.map((s, i) => `${i + 1}. ${s}`).join('\n')]);
	}
	if (card.statusError) {
		rows.push(['Status', card.statusError]);
	}
	$('tenant-card').replaceChildren(...rows.flatMap(([name, value]) => {
		const term = document.createElement('dt');
		term.textContent = name;
		const description = document.createElement('dd');
		description.textContent = value ?? '—';
		description.style.whiteSpace = 'pre-wrap';
		return [term, description];
	}));
}

$('add-form').addEventListener('submit', addNote);
$('search-form').addEventListener('submit', (event) => {
	event.preventDefault();
	searchNotes($('query').value);
});
$('show-all').addEventListener('click', listNotes);
showTenant();
listNotes();
