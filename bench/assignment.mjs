// Exact assignment: @mentor-finder/matcher's solveAssignment against munkres (npm) and SciPy on identical matrices.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import munkres from 'munkres';
import { solveAssignment, toSparseScores } from '../packages/matcher/dist/index.js';
import { median } from './lib/stats.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ms(seconds) {
  return `${(seconds * 1000).toFixed(1)} ms`;
}

function time(runs, fn) {
  const times = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = fn();
    times.push((performance.now() - start) / 1000);
  }
  return { median: median(times), result };
}

function denseMatrix(rows, cols, seed) {
  const rand = seededRandom(seed);
  const scores = new Float64Array(rows * cols);
  for (let k = 0; k < scores.length; k++) scores[k] = rand();
  return scores;
}

function sparseMatrix(rows, cols, perRow, seed) {
  const rand = seededRandom(seed);
  const scores = new Float64Array(rows * cols).fill(NaN);
  for (let i = 0; i < rows; i++) {
    let placed = 0;
    while (placed < perRow) {
      const j = Math.floor(rand() * cols);
      if (!Number.isNaN(scores[i * cols + j])) continue;
      scores[i * cols + j] = 0.001 + 0.999 * rand();
      placed++;
    }
  }
  return scores;
}

function toRows(scores, rows, cols) {
  return Array.from({ length: rows }, (_, i) => Array.from(scores.subarray(i * cols, (i + 1) * cols)));
}

// munkres minimises: give it negated scores, then sum the original ones.
function munkresTotal(scoreRows, costRows) {
  const pairs = munkres(costRows);
  return pairs.reduce((sum, [y, x]) => sum + scoreRows[y][x], 0);
}

const scipyState = { checked: false, ok: false, dir: null };

function scipyAvailable() {
  if (!scipyState.checked) {
    scipyState.checked = true;
    scipyState.ok = spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;
  }
  return scipyState.ok;
}

function runScipy(mode, scores, rows, cols, runs, capacities) {
  scipyState.dir ??= mkdtempSync(join(tmpdir(), 'mf-bench-'));
  const path = join(scipyState.dir, `${mode}.f64`);
  writeFileSync(path, scores);
  const args = [join(here, 'scipy_assignment.py'), mode, path, String(rows), String(cols), String(runs)];
  if (capacities) {
    const capPath = join(scipyState.dir, 'caps.i32');
    writeFileSync(capPath, Int32Array.from(capacities));
    args.push(capPath);
  }
  // These two slow a current OpenBLAS down; dropped for this command only, never in tests.
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const out = spawnSync('python3', args, { env, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) return { error: out.stderr.trim().split('\n').pop() };
  const parsed = JSON.parse(out.stdout);
  return { median: median(parsed.times), total: parsed.total, matched: parsed.matched };
}

function report(label, ours, others) {
  console.log(`\n${label}`);
  console.log(`  solveAssignment   median ${ms(ours.median).padStart(10)}   matched ${ours.result.matched}, total ${ours.result.total.toFixed(6)}`);
  for (const [name, other] of others) {
    if (other.skip) {
      console.log(`  ${name.padEnd(17)} skipped: ${other.skip}`);
      continue;
    }
    const same = Math.abs(other.total - ours.result.total) <= 1e-6 * Math.max(1, Math.abs(other.total));
    console.log(`  ${name.padEnd(17)} median ${ms(other.median).padStart(10)}   total ${other.total.toFixed(6)} ${same ? '✓ same total' : '✗ TOTAL DIFFERS'}`);
  }
}

function scipyLine(mode, scores, rows, cols, runs, capacities) {
  if (!scipyAvailable()) return { skip: 'python3 cannot import scipy' };
  const result = runScipy(mode, scores, rows, cols, runs, capacities);
  return result.error ? { skip: result.error } : result;
}

export default async function benchAssignment({ runs = 5 } = {}) {
  const n = 2000;
  const dense = denseMatrix(n, n, 1);
  const unit = new Int32Array(n).fill(1);
  const ours = time(runs, () => solveAssignment(dense, unit));
  const denseRows = toRows(dense, n, n);
  const costRows = denseRows.map((row) => row.map((s) => -s));
  const mk = time(3, () => munkresTotal(denseRows, costRows));
  report(`dense ${n}×${n}, capacity 1 (median of ${runs}; munkres of 3)`, ours, [
    ['munkres 2.0.4', { median: mk.median, total: mk.result }],
    ['scipy LSAP', scipyLine('dense', dense, n, n, runs)],
  ]);

  const sparse = sparseMatrix(n, n, 50, 2);
  const oursSparse = time(runs * 2, () => solveAssignment(sparse, unit));
  const scipySparse = scipyLine('sparse', sparse, n, n, runs * 2);
  report(`sparse ${n}×${n}, 50 allowed pairs per row, dense input (median of ${runs * 2})`, oursSparse, [['scipy sparse MWFBM', scipySparse]]);
  // Same pairs as compressed sparse rows: the matrix is never read; SciPy also gets a CSR matrix.
  const csr = toSparseScores(sparse, n, n);
  const oursCsr = time(runs * 2, () => solveAssignment(csr, unit));
  report(`sparse ${n}×${n}, 50 per row, CSR input (median of ${runs * 2})`, oursCsr, [
    ['dense input above', { median: oursSparse.median, total: oursSparse.result.total }],
    ['scipy sparse MWFBM', scipySparse],
  ]);

  const mentors = 1000;
  const rect = denseMatrix(n, mentors, 3);
  const rand = seededRandom(4);
  const capacities = Array.from({ length: mentors }, () => 1 + Math.floor(rand() * 3));
  const oursRect = time(runs, () => solveAssignment(rect, capacities));
  const slots = capacities.reduce((a, b) => a + b, 0);
  report(`rectangular ${n} mentees × ${mentors} mentors, capacities 1–3 (${slots} places; median of ${runs})`, oursRect, [
    ['scipy LSAP (expanded places)', scipyLine('expanded', rect, n, mentors, runs, capacities)],
  ]);
  if (scipyState.dir) rmSync(scipyState.dir, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchAssignment();
}
