"""Times SciPy on a matrix written by bench/assignment.mjs; prints one JSON line.

usage: scipy_assignment.py MODE PATH ROWS COLS RUNS [CAPACITIES_PATH]
MODE dense: linear_sum_assignment(maximize=True); sparse: min_weight_full_bipartite_matching
(maximize=True) over the non-NaN entries; expanded: places expanded by capacity, then dense.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def main():
    mode, path, rows, cols, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    scores = np.fromfile(path, dtype=np.float64).reshape(rows, cols)
    if mode == "expanded":
        caps = np.fromfile(sys.argv[6], dtype=np.int32)
        scores = np.repeat(scores, caps, axis=1)
    if mode == "sparse":
        allowed = ~np.isnan(scores)
        r, c = np.nonzero(allowed)
        problem = csr_matrix((scores[allowed], (r, c)), shape=scores.shape)
        solve = lambda: min_weight_full_bipartite_matching(problem, maximize=True)
    else:
        solve = lambda: linear_sum_assignment(scores, maximize=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        row_ind, col_ind = solve()
        times.append(time.perf_counter() - start)
    total = float(scores[row_ind, col_ind].sum())
    print(json.dumps({"times": times, "total": total, "matched": int(len(row_ind))}))


main()
