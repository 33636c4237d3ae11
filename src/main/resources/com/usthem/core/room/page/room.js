// The participant page of a UsThem workshop room. It follows the room's event stream (the prompt,
// the rewrite up for the vote, its verdict once revealed) and posts the phone's three actions:
// join, send a rewrite, vote. Every text from the room is put on the page with textContent, never
// as markup, so a name or a rewrite shows as the characters typed.
(function () {
  'use strict';

  var RETRY_MS = 3000;
  var storeKey = 'usthem-room:' + location.pathname;
  var me = readMe();
  var view = null;
  var closed = false;
  var events = null;
  var myVotes = {};
  // What this phone sent, by prompt number: the texts and how many the room allows.
  var mine = {};

  function $(id) {
    return document.getElementById(id);
  }

  function readMe() {
    try {
      return JSON.parse(sessionStorage.getItem(storeKey));
    } catch (e) {
      return null;
    }
  }

  function remember(who) {
    me = who;
    try {
      if (who) {
        sessionStorage.setItem(storeKey, JSON.stringify(who));
      } else {
        sessionStorage.removeItem(storeKey);
      }
    } catch (e) {
      // Private browsing may refuse storage: the page still works until it is reloaded.
    }
  }

  function say(text, info) {
    var box = $('message');
    box.textContent = text || '';
    box.className = info ? 'info' : '';
    box.hidden = !text;
  }

  // A random key for one sending: a retry after a lost answer carries the same key, so the room
  // keeps the rewrite once.
  function sendingKey() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function post(action, body, retried) {
    return fetch(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { ok: response.ok, status: response.status, data: data };
      });
    }, function () {
      if (!retried) {
        return new Promise(function (resolve) { setTimeout(resolve, 1000); }).then(function () {
          return post(action, body, true);
        });
      }
      return { ok: false, status: 0, data: { error: 'The room cannot be reached: check that this phone is on the room\'s Wi-Fi.' } };
    });
  }

  // A refusal: said on the page; a phone the room no longer knows goes back to joining.
  function refused(result) {
    say(result.data.error || 'The room did not take that: try again.');
    if (result.status === 401) {
      remember(null);
      render();
    }
  }

  function connect() {
    events = new EventSource('events');
    events.addEventListener('state', function (event) {
      view = JSON.parse(event.data);
      if ($('message').className === 'info') {
        say('');
      }
      render();
    });
    events.addEventListener('closed', function (event) {
      closed = true;
      events.close();
      $('closed-text').textContent = JSON.parse(event.data).message;
      render();
    });
    events.addEventListener('error', function () {
      if (closed) {
        return;
      }
      say('Reconnecting to the room…', true);
      // The browser retries a dropped stream by itself, but gives up on a refused one.
      if (events.readyState === EventSource.CLOSED) {
        setTimeout(connect, RETRY_MS);
      }
    });
  }

  function render() {
    $('closed').hidden = !closed;
    $('prompt').hidden = closed || !view;
    $('join').hidden = closed || !!me;
    $('room').hidden = closed || !me;
    $('who').hidden = closed || !me;
    if (closed) {
      return;
    }
    if (me) {
      $('who').textContent = 'You are ' + me.name;
    }
    if (!view) {
      return;
    }
    $('room-code').textContent = view.room;
    $('prompt-place').textContent = 'Prompt ' + view.prompt.number + ' of ' + view.prompt.count;
    $('prompt-target').textContent = 'Rewrite as ' + view.prompt.target.toUpperCase();
    $('prompt-text').textContent = view.prompt.text;
    renderMine();
    renderVote(view.vote);
  }

  function renderMine() {
    var sent = mine[view.prompt.number] || { texts: [], allowed: 0 };
    var list = $('mine');
    list.textContent = '';
    sent.texts.forEach(function (text) {
      var item = document.createElement('li');
      item.textContent = text;
      list.appendChild(item);
    });
    $('sent-count').textContent = sent.texts.length
        ? 'Sent ' + sent.texts.length + ' of ' + sent.allowed + ' for this prompt.' : '';
  }

  function renderVote(vote) {
    $('vote').hidden = !vote;
    if (!vote) {
      return;
    }
    var mineNow = myVotes[vote.submission];
    $('vote-text').textContent = vote.text;
    ['marketing', 'sales'].forEach(function (side) {
      var button = $('vote-' + side);
      button.setAttribute('aria-pressed', String(mineNow === side));
      button.disabled = vote.revealed;
    });
    $('verdict').hidden = !vote.revealed;
    if (vote.revealed) {
      $('vote-status').textContent = mineNow ? 'You voted ' + mineNow + '.' : 'You did not vote on this one.';
      $('verdict-text').textContent = 'The model reads it as ' + vote.verdict.toUpperCase() + ' (' + vote.salesPercent
          + '% sales)';
      $('vote-split').textContent = 'The room voted ' + vote.votes.sales + ' sales, ' + vote.votes.marketing + ' marketing.';
      $('vote-author').textContent = 'Written by ' + vote.author;
    } else {
      $('vote-status').textContent = mineNow ? 'You voted ' + mineNow + '. You can change your vote until the reveal.'
          : 'Vote before the trainer reveals the model\'s verdict.';
    }
  }

  function join(event) {
    event.preventDefault();
    $('join-button').disabled = true;
    post('join', { name: $('name').value }).then(function (result) {
      $('join-button').disabled = false;
      if (!result.ok) {
        refused(result);
        return;
      }
      remember({ participant: result.data.participant, name: result.data.name, maxText: result.data.maxText });
      say('');
      applyLimits();
      render();
    });
  }

  function send(event) {
    event.preventDefault();
    var text = $('rewrite').value;
    if (!view) {
      return;
    }
    if (!text.trim()) {
      say('Type a rewrite first.');
      return;
    }
    var prompt = view.prompt.number;
    $('send').disabled = true;
    post('submit', { participant: me.participant, prompt: prompt, key: sendingKey(), text: text }).then(function (result) {
      $('send').disabled = false;
      if (!result.ok) {
        refused(result);
        return;
      }
      var sent = mine[prompt] || (mine[prompt] = { texts: [], allowed: 0 });
      sent.texts.push(text);
      sent.allowed = result.data.allowed;
      if ($('rewrite').value === text) {
        $('rewrite').value = '';
        countCharacters();
      }
      say('Sent! The trainer sees your rewrite now.', true);
      render();
    });
  }

  function vote(side) {
    var submission = view.vote.submission;
    post('vote', { participant: me.participant, submission: submission, side: side }).then(function (result) {
      if (!result.ok) {
        refused(result);
        return;
      }
      myVotes[submission] = side;
      render();
    });
  }

  function countCharacters() {
    $('count').textContent = String($('rewrite').value.length);
  }

  function applyLimits() {
    if (me && me.maxText) {
      $('rewrite').maxLength = me.maxText;
      $('max').textContent = String(me.maxText);
    }
  }

  $('join-form').addEventListener('submit', join);
  $('rewrite-form').addEventListener('submit', send);
  $('rewrite').addEventListener('input', countCharacters);
  $('vote-marketing').addEventListener('click', function () { vote('marketing'); });
  $('vote-sales').addEventListener('click', function () { vote('sales'); });
  applyLimits();
  render();
  connect();
}());
