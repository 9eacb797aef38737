"""Fit the weights of :func:`analysis.score_target_tone` (plain numpy, deterministic).

Used by ``benchmarks/fit_target_tone.py`` to refit the shipped model from the NewsMTSC
training split; nothing here runs when tone is scored.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pandas as pd

from analysis.target_tone import (
    DENSE_NAMES,
    TONE_CLASSES,
    TargetToneModel,
    mention_features,
    sparse_matrix,
)

__all__ = ["fit_target_tone"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class _Design:
    """Row-compressed design matrix with the two products the optimiser needs."""

    def __init__(
        self, rows: IntArray, columns: IntArray, values: FloatArray, shape: tuple[int, int]
    ):
        self.rows, self.columns, self.values, self.shape = rows, columns, values, shape

    def dot(self, weights: FloatArray) -> FloatArray:
        """Return ``X @ weights``."""
        return np.stack(
            [
                np.bincount(
                    self.rows,
                    weights=self.values * weights[self.columns, k],
                    minlength=self.shape[0],
                )
                for k in range(weights.shape[1])
            ],
            axis=1,
        )

    def tdot(self, grad: FloatArray) -> FloatArray:
        """Return ``X.T @ grad``."""
        return np.stack(
            [
                np.bincount(
                    self.columns, weights=self.values * grad[self.rows, k], minlength=self.shape[1]
                )
                for k in range(grad.shape[1])
            ],
            axis=1,
        )


def _lbfgs(
    objective: Callable[[FloatArray], tuple[float, FloatArray]],
    start: FloatArray,
    *,
    max_iter: int,
    tol: float = 1e-7,
    memory: int = 10,
) -> FloatArray:
    """Minimise a smooth convex ``objective`` (value, gradient) with L-BFGS and backtracking."""
    theta = start
    value, grad = objective(theta)
    steps: list[tuple[FloatArray, FloatArray, float]] = []
    for _ in range(max_iter):
        direction = -grad
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * float(s @ direction)
            direction = direction - alpha * y
            alphas.append(alpha)
        if steps:
            s, y, _ = steps[-1]
            direction = direction * float(s @ y) / float(y @ y)
        else:
            direction = direction / max(1.0, float(np.abs(grad).max()))
        for (s, y, rho), alpha in zip(steps, reversed(alphas), strict=True):
            direction = direction + s * (alpha - rho * float(y @ direction))
        slope = float(grad @ direction)
        step = 1.0
        while True:
            candidate = theta + step * direction
            new_value, new_grad = objective(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step /= 2
        s, y = candidate - theta, new_grad - grad
        if float(y @ s) > 1e-10:
            steps = [*steps[-(memory - 1) :], (s, y, 1.0 / float(y @ s))]
        converged = value - new_value < tol * max(1.0, abs(value))
        theta, value, grad = candidate, new_value, new_grad
        if converged:
            break
    return theta


def fit_target_tone(
    mentions: pd.DataFrame,
    *,
    c: float = 1.0,
    min_df: int = 3,
    max_iter: int = 1000,
    balanced: bool = True,
) -> TargetToneModel:
    """Fit the entity-targeted tone model on labelled target mentions.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Columns ``text``, ``start``, ``end`` (as for :func:`analysis.score_target_tone`)
        and ``tone`` (one of ``"negative"``, ``"neutral"``, ``"positive"``).
    c : float, default 1.0
        Inverse L2 penalty of the logistic regression (larger fits the data harder).
    min_df : int, default 3
        Keep sparse features seen in at least this many training mentions.
    max_iter : int, default 1000
        L-BFGS iteration cap.
    balanced : bool, default True
        Weight each class inversely to its frequency; if False every mention counts once.

    Returns
    -------
    TargetToneModel
        Vocabulary, idf, standardisation and weights; no training text.

    Raises
    ------
    ValueError
        If a column is missing or a tone is not one of the three classes.

    Notes
    -----
    Multinomial logistic regression with class weights inversely proportional to class
    frequency ("balanced"), minimised by L-BFGS from zero, so refits on the same data give
    the same weights. The defaults (``c=1``, ``min_df=3``, balanced) scored best in 5-fold
    cross-validation on the NewsMTSC training split, folds grouped by sentence. Sparse
    features use sublinear tf-idf with smooth idf and unit L2 norm per mention; dense
    features are standardised. Balanced weights make the three classes equally likely a
    priori; why no correction for the larger real-world share of neutral mentions is
    applied is measured in :func:`analysis.score_target_tone` (Notes).

    Examples
    --------
    >>> model = fit_target_tone(train)  # doctest: +SKIP
    """
    missing = [col for col in ("text", "start", "end", "tone") if col not in mentions.columns]
    if missing:
        msg = f"mentions lacks column(s) {missing}; need text, start, end, tone"
        raise ValueError(msg)
    unknown = sorted(set(mentions["tone"]) - set(TONE_CLASSES), key=str)
    if unknown:
        msg = f"tone values {unknown} are not among {TONE_CLASSES}"
        raise ValueError(msg)

    features = [
        mention_features(text, int(start), int(end))
        for text, start, end in zip(
            mentions["text"], mentions["start"], mentions["end"], strict=True
        )
    ]
    df: Counter[str] = Counter(name for bag, _ in features for name in bag)
    vocabulary = tuple(sorted(name for name, count in df.items() if count >= min_df))
    n = len(features)
    idf = np.array([math.log((1 + n) / (1 + df[name])) + 1.0 for name in vocabulary])
    dense = np.array([values for _, values in features], dtype=np.float64)
    dense_mean = dense.mean(axis=0)
    dense_scale = np.where(dense.std(axis=0) > 0, dense.std(axis=0), 1.0)
    design = _design(features, vocabulary, idf, (dense - dense_mean) / dense_scale)

    labels = mentions["tone"].map({c: k for k, c in enumerate(TONE_CLASSES)}).to_numpy(np.int64)
    onehot = np.eye(len(TONE_CLASSES))[labels]
    counts = np.bincount(labels, minlength=len(TONE_CLASSES))
    sample_weight = (
        (n / (len(TONE_CLASSES) * np.maximum(counts, 1)))[labels] if balanced else np.ones(n)
    )
    n_features, k = design.shape[1], len(TONE_CLASSES)

    def objective(theta: FloatArray) -> tuple[float, FloatArray]:
        weights, bias = theta[:-k].reshape(n_features, k), theta[-k:]
        logits = design.dot(weights) + bias
        logits -= logits.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(logits).sum(axis=1))
        probs = np.exp(logits - log_norm[:, None])
        loss = float(sample_weight @ (log_norm - (logits * onehot).sum(axis=1)))
        loss += 0.5 / c * float((weights * weights).sum())
        residual = (probs - onehot) * sample_weight[:, None]
        grad_w = design.tdot(residual) + weights / c
        return loss, np.concatenate([grad_w.ravel(), residual.sum(axis=0)])

    theta = _lbfgs(objective, np.zeros(n_features * k + k), max_iter=max_iter)
    weights = theta[:-k].reshape(n_features, k)
    n_sparse = len(vocabulary)
    return TargetToneModel(
        vocabulary=vocabulary,
        idf=idf,
        sparse_weights=weights[:n_sparse],
        dense_mean=dense_mean,
        dense_scale=dense_scale,
        dense_weights=weights[n_sparse:],
        intercept=theta[-k:],
    )


def _design(
    features: list[tuple[Counter[str], list[float]]],
    vocabulary: tuple[str, ...],
    idf: FloatArray,
    dense_z: FloatArray,
) -> _Design:
    index = {name: j for j, name in enumerate(vocabulary)}
    n_rows, n_sparse, n_dense = len(features), len(vocabulary), len(DENSE_NAMES)
    rows, columns, values = sparse_matrix([bag for bag, _ in features], index, idf)
    rows = np.concatenate([rows, np.repeat(np.arange(n_rows), n_dense)])
    columns = np.concatenate([columns, np.tile(np.arange(n_sparse, n_sparse + n_dense), n_rows)])
    values = np.concatenate([values, dense_z.ravel()])
    return _Design(rows, columns, values, (n_rows, n_sparse + n_dense))
