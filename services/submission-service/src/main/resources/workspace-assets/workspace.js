/*
 * The workspace's behaviour: plain JavaScript, no framework. Every change goes through the submission API with the
 * session cookie and the page's CSRF token; live checking asks the validation service's public POST /api/validate.
 */
(function () {
  'use strict';

  const CSRF_TOKEN = metaContent('_csrf');
  const CSRF_HEADER = metaContent('_csrf_header');
  const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
  const RANK = { error: 3, warning: 2, info: 1 };

  function metaContent(name) {
    const meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.content : null;
  }

  class ApiError extends Error {
    constructor(message, problem) {
      super(message);
      this.problem = problem;
    }
  }

  /** Calls the API of this service; answers the parsed JSON, or throws ApiError with the problem's Chinese detail. */
  async function api(method, url, body, contentType, keepalive) {
    const headers = { Accept: 'application/json' };
    if (CSRF_TOKEN && CSRF_HEADER) {
      headers[CSRF_HEADER] = CSRF_TOKEN;
    }
    let payload;
    if (body !== undefined) {
      headers['Content-Type'] = contentType || 'application/json';
      payload = contentType ? body : JSON.stringify(body);
    }
    // keepalive: a save started as the page is left (a blur before navigating) still reaches the server.
    const response = await fetch(url, {
      method: method, headers: headers, body: payload, credentials: 'same-origin', keepalive: Boolean(keepalive)
    });
    if (response.status === 401) {
      window.location.href = '/workspace/login?expired';
      throw new ApiError('登录已过期', null);
    }
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (notJson) {
      data = null;
    }
    if (!response.ok) {
      throw new ApiError(problemText(data, response.status), data);
    }
    return data;
  }

  function problemText(problem, status) {
    if (!problem) {
      return '请求失败（' + status + '）';
    }
    const fields = (problem.errors || []).map(function (error) { return error.message || error.detail; })
      .filter(Boolean);
    return fields.length ? fields.join('；') : (problem.detail || problem.title || '请求失败（' + status + '）');
  }

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    return element;
  }

  function timeOfDay() {
    return new Date().toLocaleTimeString('zh-CN', { hour12: false });
  }

  function debounce(action, millis) {
    let timer = null;
    const debounced = function () {
      clearTimeout(timer);
      timer = setTimeout(action, millis);
    };
    debounced.now = function () {
      clearTimeout(timer);
      return action();
    };
    return debounced;
  }

  /* ---------------------------------------------------------------- dashboard */

  function dashboard() {
    const form = document.querySelector('form.create-report');
    if (!form) {
      return;
    }
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      const message = form.querySelector('.message');
      try {
        const created = await api('POST', '/api/reports',
          { creditCode: form.dataset.creditCode, year: Number(form.querySelector('select').value) });
        window.location.href = '/workspace/reports/' + encodeURIComponent(created.reportId);
      } catch (error) {
        message.textContent = error.message;
      }
    });
  }

  /* ---------------------------------------------------------------- the report form */

  function reportPage(root) {
    const reportId = root.dataset.reportId;
    const editable = root.dataset.editable === 'true';
    const reportUrl = '/api/reports/' + encodeURIComponent(reportId);
    const explanations = JSON.parse(root.dataset.explanations || '{}');
    const inputs = Array.from(document.querySelectorAll('input.figure'));
    const byCell = new Map(inputs.map(function (input) { return [input.dataset.cell, input]; }));
    const sections = Array.from(document.querySelectorAll('textarea.section'));
    const saveState = document.getElementById('save-state');
    const reasonInput = document.getElementById('change-reason');
    let lastViolations = [];
    let focusedCell = null;

    function status(text, failed) {
      saveState.textContent = text;
      saveState.classList.toggle('failed', Boolean(failed));
    }

    /* --- values */

    /** The number a clerk typed, tolerating full-width digits, thousands separators and spaces; '' for blank. */
    function normalized(text) {
      return text.replace(/[\uFF10-\uFF19]/g, function (digit) {
        return String.fromCharCode(digit.charCodeAt(0) - 0xFF10 + 48);
      }).replace(/[\s,，]/g, '').replace(/．/g, '.').replace(/－/g, '-');
    }

    function isNumber(text) {
      return /^-?\d+(\.\d+)?$/.test(text);
    }

    function valueOf(input) {
      const text = normalized(input.value);
      return text === '' ? null : (isNumber(text) ? Number(text) : undefined);
    }

    function figures() {
      const all = {};
      inputs.forEach(function (input) {
        const value = valueOf(input);
        if (value !== null && value !== undefined) {
          all[input.dataset.cell] = value;
        }
      });
      return all;
    }

    /* --- computed totals next to the typed ones */

    function updateTotals() {
      inputs.filter(function (input) { return input.dataset.sumOf; }).forEach(function (total) {
        const output = total.parentElement.querySelector('output.computed');
        const addends = total.dataset.sumOf.split(' ').map(function (cell) { return byCell.get(cell); });
        const values = addends.map(function (input) { return input ? valueOf(input) : null; });
        const cell = total.parentElement;
        if (values.every(function (value) { return value === null || value === undefined; })) {
          output.textContent = '';
          cell.classList.remove('total-mismatch');
          return;
        }
        const sum = values.reduce(function (acc, value) { return acc + (typeof value === 'number' ? value : 0); }, 0);
        const rounded = Math.round(sum * 10000) / 10000;
        output.textContent = '合计 ' + rounded;
        const typed = valueOf(total);
        cell.classList.toggle('total-mismatch', typeof typed === 'number' && typed !== rounded);
      });
    }

    /* --- saving figures: one change command per edit or paste, with the clerk's reason */

    async function saveFigures(cells, defaultReason) {
      const changes = {};
      for (const input of cells) {
        const value = valueOf(input);
        if (value === undefined) {
          input.parentElement.classList.add('not-a-number');
          input.title = '请输入数字';
          status('“' + input.getAttribute('aria-label') + '”应为数字，未保存', true);
          return;
        }
        input.parentElement.classList.remove('not-a-number');
        changes[input.dataset.cell] = value;
      }
      if (Object.keys(changes).length === 0) {
        return;
      }
      const reason = (reasonInput && reasonInput.value.trim()) || defaultReason;
      status('正在保存…');
      try {
        await api('PUT', reportUrl + '/figures', { changes: changes, reason: reason }, undefined, true);
        cells.forEach(function (input) {
          input.dataset.saved = input.value;
          input.parentElement.classList.remove('save-failed');
        });
        status('已保存 ' + timeOfDay());
        if (focusedCell && changes.hasOwnProperty(focusedCell)) {
          showCell(byCell.get(focusedCell));
        }
      } catch (error) {
        cells.forEach(function (input) { input.parentElement.classList.add('save-failed'); });
        status('保存失败：' + error.message, true);
      }
    }

    function commit(input) {
      if (editable && input.value !== input.dataset.saved) {
        saveFigures([input], '在线填报');
      }
    }

    /* --- keyboard: arrows and Enter move like a spreadsheet; Tab follows the rows (document order) */

    function gridOf(input) {
      const table = input.closest('table');
      return Array.from(table.rows).map(function (row) {
        return Array.from(row.querySelectorAll('input.figure'));
      }).filter(function (row) { return row.length > 0; });
    }

    function position(grid, input) {
      for (let r = 0; r < grid.length; r++) {
        const c = grid[r].indexOf(input);
        if (c >= 0) {
          return { r: r, c: c };
        }
      }
      return null;
    }

    function nearestInRow(row, input) {
      const x = input.getBoundingClientRect().left + input.getBoundingClientRect().width / 2;
      let best = row[0];
      let distance = Infinity;
      row.forEach(function (candidate) {
        const box = candidate.getBoundingClientRect();
        const d = Math.abs(box.left + box.width / 2 - x);
        if (d < distance) {
          distance = d;
          best = candidate;
        }
      });
      return best;
    }

    function move(input, key) {
      const grid = gridOf(input);
      const at = position(grid, input);
      let target = null;
      if (key === 'ArrowUp' && at.r > 0) {
        target = nearestInRow(grid[at.r - 1], input);
      } else if ((key === 'ArrowDown' || key === 'Enter') && at.r < grid.length - 1) {
        target = nearestInRow(grid[at.r + 1], input);
      } else if (key === 'ArrowLeft') {
        target = at.c > 0 ? grid[at.r][at.c - 1] : (at.r > 0 ? grid[at.r - 1][grid[at.r - 1].length - 1] : null);
      } else if (key === 'ArrowRight') {
        target = at.c < grid[at.r].length - 1 ? grid[at.r][at.c + 1] : (at.r < grid.length - 1 ? grid[at.r + 1][0] : null);
      }
      if (target) {
        target.focus();
        target.select();
      }
    }

    function onKeyDown(event) {
      const input = event.target;
      const key = event.key;
      if (key === 'Enter') {
        event.preventDefault();
        commit(input);
        move(input, 'Enter');
        return;
      }
      if (key === 'ArrowUp' || key === 'ArrowDown') {
        event.preventDefault();
        move(input, key);
        return;
      }
      const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
      if ((key === 'ArrowLeft' && (whole || input.selectionStart === 0))
        || (key === 'ArrowRight' && (whole || input.selectionEnd === input.value.length))) {
        event.preventDefault();
        move(input, key);
      }
    }

    /* --- paste a block of cells copied from a spreadsheet (tab-separated rows) */

    function onPaste(event) {
      const text = (event.clipboardData || window.clipboardData).getData('text');
      if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) {
        return;
      }
      event.preventDefault();
      const input = event.target;
      const grid = gridOf(input);
      const at = position(grid, input);
      const rows = text.replace(/\r/g, '').replace(/\n$/, '').split('\n').map(function (line) {
        return line.split('\t');
      });
      const changed = [];
      rows.forEach(function (cells, i) {
        const row = grid[at.r + i];
        if (!row) {
          return;
        }
        cells.forEach(function (value, j) {
          const target = row[at.c + j];
          if (target && !target.readOnly) {
            target.value = normalized(value);
            changed.push(target);
          }
        });
      });
      updateTotals();
      saveFigures(changed, '从电子表格粘贴').then(check.now);
    }

    /* --- live checking against the rules of the format */

    let checkNumber = 0;

    async function runCheck() {
      const number = ++checkNumber;
      const texts = {};
      sections.forEach(function (area) { texts[area.dataset.section] = area.value; });
      try {
        const response = await fetch(root.dataset.validationUrl + '/api/validate', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({
            year: Number(root.dataset.year), creditCode: root.dataset.creditCode,
            regionCode: root.dataset.regionCode, figures: figures(), sections: texts, explanations: explanations
          })
        });
        const result = await response.json();
        if (number !== checkNumber) {
          return;
        }
        if (!response.ok) {
          throw new ApiError(problemText(result, response.status), result);
        }
        showViolations(result.violations);
      } catch (error) {
        if (number === checkNumber) {
          document.getElementById('check-summary').textContent = '校验服务暂不可用：' + error.message;
        }
      }
    }

    const check = debounce(runCheck, 350);

    function showViolations(violations) {
      lastViolations = violations;
      inputs.forEach(function (input) {
        input.parentElement.classList.remove('error', 'warning', 'info');
        input.parentElement.querySelector('.flag').textContent = '';
        input.parentElement.removeAttribute('data-messages');
      });
      violations.forEach(function (violation) {
        violation.cells.forEach(function (cellId) {
          const input = byCell.get(cellId);
          if (!input) {
            return;
          }
          const cell = input.parentElement;
          const severity = violation.severity.toLowerCase();
          const shown = ['error', 'warning', 'info'].find(function (name) { return cell.classList.contains(name); });
          if (!shown || RANK[severity] > RANK[shown]) {
            if (shown) {
              cell.classList.remove(shown);
            }
            cell.classList.add(severity);
          }
          cell.querySelector('.flag').textContent = severity === 'info' ? 'i' : '!';
          const messages = cell.dataset.messages ? cell.dataset.messages + '\n' : '';
          cell.dataset.messages = messages + SEVERITY[violation.severity] + ' ' + violation.ruleId + '：' + violation.message;
          input.title = input.getAttribute('aria-label') + '\n' + cell.dataset.messages;
        });
      });
      inputs.filter(function (input) { return !input.parentElement.dataset.messages; }).forEach(function (input) {
        input.title = input.getAttribute('aria-label');
      });
      renderPanel(violations);
      if (focusedCell) {
        showCellViolations(focusedCell);
      }
    }

    function renderPanel(violations) {
      const list = document.getElementById('violations');
      list.replaceChildren();
      const count = function (severity) {
        return violations.filter(function (v) { return v.severity === severity; }).length;
      };
      const unexplained = violations.filter(function (v) {
        return v.severity === 'WARNING' && !v.explanation;
      }).length;
      const errors = count('ERROR');
      const warnings = count('WARNING');
      document.getElementById('check-summary').textContent = errors + warnings + count('INFO') === 0
        ? '未发现问题'
        : '错误 ' + errors + ' 项，警告 ' + warnings + ' 项（' + unexplained + ' 项待说明），提示 ' + count('INFO') + ' 项';
      const shownExplanations = new Set();
      violations.forEach(function (violation) {
        const item = el('li', 'violation ' + violation.severity.toLowerCase());
        item.dataset.rule = violation.ruleId;
        const head = el('div', 'violation-head');
        head.append(el('span', 'severity', SEVERITY[violation.severity]), el('span', 'rule', violation.ruleId));
        item.append(head, el('p', 'message', violation.message));
        if (violation.cells.length) {
          const cells = el('p', 'cells');
          violation.cells.slice(0, 4).forEach(function (cellId) {
            const input = byCell.get(cellId);
            const link = el('button', 'cell-link', input ? input.getAttribute('aria-label') : cellId);
            link.type = 'button';
            link.addEventListener('click', function () {
              if (input) {
                input.focus();
                input.select();
              }
            });
            cells.append(link);
          });
          if (violation.cells.length > 4) {
            cells.append(el('span', 'more', '等' + violation.cells.length + '个栏目'));
          }
          item.append(cells);
        }
        if (violation.severity === 'WARNING' && !shownExplanations.has(violation.ruleId)) {
          shownExplanations.add(violation.ruleId);
          item.append(explanationField(violation));
        }
        list.append(item);
      });
    }

    /** A warning asks for the agency's explanation right where it is shown. */
    function explanationField(violation) {
      const box = el('div', 'explain');
      const label = el('label', null, violation.explanation ? '本机关说明（已说明）' : '请说明原因（说明后随报告公开）');
      const area = el('textarea', 'explanation');
      area.dataset.rule = violation.ruleId;
      area.rows = 2;
      area.value = explanations[violation.ruleId] || '';
      area.readOnly = !editable;
      const id = 'explain-' + violation.ruleId;
      area.id = id;
      label.htmlFor = id;
      box.append(label, area);
      if (editable) {
        const button = el('button', 'save-explanation', '保存说明');
        button.type = 'button';
        button.dataset.rule = violation.ruleId;
        box.append(button);
      }
      return box;
    }

    async function saveExplanation(ruleId, text) {
      try {
        await api('PUT', reportUrl + '/explanations/' + encodeURIComponent(ruleId), text,
          'text/plain;charset=UTF-8');
        if (text.trim()) {
          explanations[ruleId] = text;
        } else {
          delete explanations[ruleId];
        }
        status('说明已保存 ' + timeOfDay());
        check.now();
      } catch (error) {
        status('说明未保存：' + error.message, true);
      }
    }

    /* --- the focused cell: its violations and its history */

    function showCellViolations(cellId) {
      const list = document.getElementById('cell-violations');
      list.replaceChildren();
      lastViolations.filter(function (v) { return v.cells.indexOf(cellId) >= 0; }).forEach(function (violation) {
        list.append(el('li', 'violation ' + violation.severity.toLowerCase(),
          SEVERITY[violation.severity] + ' ' + violation.ruleId + '：' + violation.message));
      });
    }

    async function showCell(input) {
      const cellId = input.dataset.cell;
      focusedCell = cellId;
      document.getElementById('cell-hint').hidden = true;
      document.getElementById('cell-label').textContent = input.getAttribute('aria-label');
      showCellViolations(cellId);
      const table = document.getElementById('cell-history');
      const body = table.querySelector('tbody');
      try {
        const entries = await api('GET', reportUrl + '/figures/' + encodeURIComponent(cellId) + '/history');
        if (focusedCell !== cellId) {
          return;
        }
        body.replaceChildren();
        if (entries.length === 0) {
          const row = el('tr');
          const cell = el('td', 'empty', '该栏目尚无修改记录');
          cell.colSpan = 5;
          row.append(cell);
          body.append(row);
        }
        entries.slice().reverse().forEach(function (entry) {
          const row = el('tr');
          row.append(el('td', null, new Date(entry.changedAt).toLocaleString('zh-CN', { hour12: false })),
            el('td', null, entry.changedBy),
            el('td', 'figure', entry.oldValue === null ? '（空）' : String(entry.oldValue)),
            el('td', 'figure', entry.newValue === null ? '（空）' : String(entry.newValue)),
            el('td', null, entry.reason));
          body.append(row);
        });
        table.hidden = false;
      } catch (error) {
        body.replaceChildren();
        status('修改记录读取失败：' + error.message, true);
      }
    }

    /* --- narrative parts: autosave while typing */

    function autosave(area) {
      const save = debounce(async function () {
        if (area.value === area.dataset.saved) {
          return;
        }
        const text = area.value;
        try {
          await api('PUT', reportUrl + '/sections/' + encodeURIComponent(area.dataset.section) + '?reason='
            + encodeURIComponent((reasonInput && reasonInput.value.trim()) || '自动保存'), text,
            'text/plain;charset=UTF-8', text.length < 16000);
          area.dataset.saved = text;
          status('正文已自动保存 ' + timeOfDay());
        } catch (error) {
          status('正文未保存：' + error.message, true);
        }
      }, 1500);
      area.dataset.saved = area.value;
      area.addEventListener('input', function () {
        status('正文有未保存的修改…');
        save();
        check();
      });
      area.addEventListener('blur', function () { save.now(); });
      return save;
    }

    /* --- import a document: parse, compare side by side, accept into the draft */

    function importPanel() {
      const file = document.getElementById('import-file');
      if (!file) {
        return;
      }
      const message = document.getElementById('import-message');
      let document_ = null;
      document.getElementById('parse-document').addEventListener('click', async function () {
        if (!file.files.length) {
          message.textContent = '请先选择文档';
          return;
        }
        message.textContent = '正在识别…';
        const chosen = file.files[0];
        const bytes = await chosen.arrayBuffer();
        try {
          const parsed = await api('POST', '/api/documents/parse?fileName=' + encodeURIComponent(chosen.name), bytes,
            'application/octet-stream');
          document_ = { bytes: bytes, name: chosen.name };
          showParsed(parsed);
          message.textContent = '';
        } catch (error) {
          message.textContent = '识别失败：' + error.message;
        }
      });
      document.getElementById('accept-import').addEventListener('click', async function () {
        if (!document_) {
          return;
        }
        message.textContent = '正在导入…';
        try {
          const result = await api('POST', reportUrl + '/import?fileName=' + encodeURIComponent(document_.name),
            document_.bytes, 'application/octet-stream');
          message.textContent = '已导入 ' + result.cellsImported + ' 个数据、' + result.partsImported + ' 段正文';
          window.location.reload();
        } catch (error) {
          message.textContent = '导入失败：' + error.message;
        }
      });
    }

    function showParsed(parsed) {
      document.getElementById('import-result').hidden = false;
      document.getElementById('import-summary').textContent = (parsed.agencyName || '未识别机关') + ' · '
        + (parsed.reportYear ? parsed.reportYear + '年度' : '未识别年度') + ' · ' + parsed.formatId + '年版格式 · 识别出 '
        + parsed.cells.length + ' 个数据、' + Object.keys(parsed.parts || {}).length + ' 段正文';
      const body = document.querySelector('#import-cells tbody');
      body.replaceChildren();
      inputs.forEach(function (input) { input.parentElement.classList.remove('from-document'); });
      const found = new Set();
      parsed.cells.forEach(function (cell) {
        found.add(cell.cellId);
        const input = byCell.get(cell.cellId);
        const current = input ? input.value : '';
        const row = el('tr');
        row.dataset.cell = cell.cellId;
        const differs = current !== String(cell.value);
        row.classList.toggle('differs', differs);
        row.title = cell.sourceText + '（' + cell.location + '）';
        row.append(el('th', null, input ? input.getAttribute('aria-label') : cell.label),
          el('td', 'figure', String(cell.value)), el('td', 'figure', current === '' ? '（空）' : current));
        body.append(row);
        if (input && differs) {
          input.parentElement.classList.add('from-document');
        }
      });
      const missing = document.getElementById('import-missing');
      missing.replaceChildren();
      inputs.filter(function (input) { return !found.has(input.dataset.cell); }).forEach(function (input) {
        const item = el('li', 'missing-cell', input.getAttribute('aria-label'));
        item.dataset.cell = input.dataset.cell;
        missing.append(item);
      });
      if (!missing.children.length) {
        missing.append(el('li', null, '无'));
      }
      const notes = document.getElementById('import-notes');
      notes.replaceChildren();
      (parsed.notes || []).forEach(function (note) {
        notes.append(el('li', 'note', note.message + (note.location ? '（' + note.location + '）' : '')));
      });
      if (!notes.children.length) {
        notes.append(el('li', null, '无'));
      }
    }

    /* --- submit, approve, send back */

    async function workflow(button, url, body, after) {
      button.disabled = true;
      try {
        await api('POST', url, body);
        after();
      } catch (error) {
        status(error.message, true);
        const message = button.closest('.panel') && button.closest('.panel').querySelector('.message');
        if (message) {
          message.textContent = error.message;
        }
        button.disabled = false;
      }
    }

    /* --- wiring */

    inputs.forEach(function (input) {
      input.addEventListener('focus', function () { showCell(input); });
      input.addEventListener('click', function () { showCell(input); });
      if (!editable) {
        return;
      }
      input.addEventListener('keydown', onKeyDown);
      input.addEventListener('paste', onPaste);
      input.addEventListener('input', function () {
        updateTotals();
        check();
      });
      input.addEventListener('change', function () { commit(input); });
    });
    const sectionSaves = sections.filter(function () { return editable; }).map(autosave);
    document.addEventListener('click', function (event) {
      const button = event.target.closest('button.save-explanation');
      if (!button) {
        return;
      }
      const area = button.parentElement.querySelector('textarea.explanation');
      saveExplanation(button.dataset.rule, area.value);
    });
    const submit = document.getElementById('submit-report');
    if (submit) {
      submit.addEventListener('click', async function () {
        const dirty = inputs.filter(function (input) { return input.value !== input.dataset.saved; });
        if (dirty.length) {
          await saveFigures(dirty, '在线填报');
        }
        await Promise.all(sectionSaves.map(function (save) { return save.now(); }));
        workflow(submit, reportUrl + '/submit', {}, function () { window.location.reload(); });
      });
    }
    const approve = document.getElementById('approve-report');
    if (approve) {
      const comment = document.getElementById('approval-comment');
      approve.addEventListener('click', function () {
        workflow(approve, reportUrl + '/approve', { comment: comment.value.trim() || '同意' },
          function () { window.location.href = '/workspace'; });
      });
      const sendBack = document.getElementById('return-report');
      sendBack.addEventListener('click', function () {
        workflow(sendBack, reportUrl + '/return', { comment: comment.value.trim() },
          function () { window.location.href = '/workspace'; });
      });
    }
    const correct = document.getElementById('open-correction');
    if (correct) {
      correct.addEventListener('click', function () {
        workflow(correct, reportUrl + '/corrections',
          { reason: document.getElementById('correction-reason').value.trim() },
          function () { window.location.reload(); });
      });
    }
    importPanel();
    updateTotals();
    check.now();
  }

  document.addEventListener('DOMContentLoaded', function () {
    dashboard();
    const root = document.getElementById('report');
    if (root) {
      reportPage(root);
    }
  });
})();
