"""The trained artefact: one .npz of numpy arrays, read with numpy alone at run time.

Written by `train.py` with fixed zip timestamps and no compression, so the same weights
give the same bytes on any machine (the CI test retrains and compares).
"""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DEFAULT_MODEL_PATH = Path(__file__).with_name("model.npz")
FORMAT = "mamori-learned-1"


class ModelError(Exception):
    """The model file cannot be used (message in Japanese, for IT; names the file)."""


@dataclass
class Model:
    clf_w: np.ndarray       # (DIM,) float32: passage classifier
    clf_b: float
    art_w: np.ndarray       # (8, DIM >> ART_SHIFT) float32: article 1..8, one-vs-rest
    art_b: np.ndarray       # (8,)
    judge_w: np.ndarray     # (DIM,) float32: name/contact judge
    judge_b: float
    meta: dict              # thresholds, cue strings, training summary

    @property
    def threshold(self) -> float:
        return float(self.meta["classifier_threshold"])


ART_SHIFT = 4


def save(path: Path, model: Model) -> None:
    arrays = {
        "clf_w": model.clf_w.astype(np.float16),
        "clf_b": np.array([model.clf_b], dtype=np.float32),
        "art_w": model.art_w.astype(np.float16),
        "art_b": model.art_b.astype(np.float32),
        "judge_w": model.judge_w.astype(np.float16),
        "judge_b": np.array([model.judge_b], dtype=np.float32),
        "meta": np.frombuffer(json.dumps(model.meta, ensure_ascii=False, sort_keys=True).encode("utf-8"),
                              dtype=np.uint8),
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            z.writestr(info, buf.getvalue())


def load(path: Path | str | None = None) -> Model:
    path = Path(path) if path else DEFAULT_MODEL_PATH
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"]).decode("utf-8"))
            if meta.get("format") != FORMAT:
                raise ModelError(f"学習モデルの形式が違います: {path}（python3 -m service.learned.train で作り直してください）")
            return Model(
                clf_w=z["clf_w"].astype(np.float32),
                clf_b=float(z["clf_b"][0]),
                art_w=z["art_w"].astype(np.float32),
                art_b=z["art_b"].astype(np.float32),
                judge_w=z["judge_w"].astype(np.float32),
                judge_b=float(z["judge_b"][0]),
                meta=meta,
            )
    except FileNotFoundError:
        raise ModelError(f"学習モデルのファイルが見つかりません: {path}") from None
    except ModelError:
        raise
    except Exception as e:  # a truncated or foreign file: say so, never start half-armed
        raise ModelError(f"学習モデルのファイルを読めません: {path}（{type(e).__name__}）") from None
