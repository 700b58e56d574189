"""Sudachi wrapper: exact offsets, and long texts chunked under Sudachi's input limit."""
from service.nlp import MAX_CHUNK_BYTES, _chunks


def test_tokens_carry_exact_offsets_and_name_tags(morphology):
    text = "相談者の山田花子さん（前橋市岩神町三丁目5番8号）"
    toks = morphology(text)
    assert all(text[t.start:t.end] == t.surface for t in toks)
    names = [t.surface for t in toks if t.is_person_name]
    assert names == ["山田", "花子"]
    assert toks[1].pos[0] == "助詞"


def test_text_over_sudachi_limit_is_chunked_with_exact_offsets(morphology):
    text = "鈴木一郎様へのお知らせです。\n" * 5000  # ~75,000 chars, ~220 kB of UTF-8
    toks = morphology(text)
    assert all(text[t.start:t.end] == t.surface for t in toks)
    assert sum(t.surface == "鈴木" for t in toks) == 5000


def test_chunks_cut_at_boundaries_and_stay_under_limit():
    text = ("あ" * 100 + "。") * 2000
    pieces = list(_chunks(text))
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert len(piece.encode("utf-8")) <= MAX_CHUNK_BYTES
        assert text[offset:offset + len(piece)] == piece
    assert all(p.endswith("。") for _, p in pieces[:-1])


def test_chunks_of_text_without_boundaries():
    text = "漢" * 50_000
    pieces = list(_chunks(text))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p.encode("utf-8")) <= MAX_CHUNK_BYTES for _, p in pieces)


def test_concurrent_tokenising_from_many_threads(morphology):
    import threading

    text = "相談者の山田花子さん（前橋市岩神町三丁目5番8号）は来庁した。" * 300
    expected = [(t.start, t.end) for t in morphology(text)]
    errors, results = [], []

    def work():
        try:
            for _ in range(3):
                results.append([(t.start, t.end) for t in morphology(text)])
        except Exception as e:  # noqa: BLE001 — the test reports any failure
            errors.append(repr(e))

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(r == expected for r in results) and len(results) == 18


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_tokens_tile_the_text_and_match_sudachis_surfaces(morphology, text):
    from service.normalize import normalize

    text = normalize(text)  # what detectors tokenise
    toks = morphology(text)
    assert "".join(t.surface for t in toks) == text
    tokenizer = morphology._tokenizer
    if text and len(text.encode("utf-8")) < 40_000:
        assert [t.surface for t in toks] == [m.surface() for m in tokenizer.tokenize(text)]


def test_long_text_gives_the_same_names_as_short_pieces(morphology):
    line = "担当の渡辺 健太さんと、申請者の小川 美咲さんが来庁しました。"
    text = line * 200  # far over one chunk
    names = [t.surface for t in morphology(text) if t.is_person_name]
    assert names == [t.surface for t in morphology(line) if t.is_person_name] * 200


def test_parallel_tokenising_gives_exactly_the_serial_tokens(morphology, monkeypatch):
    import service.nlp as nlp

    text = ("相談者：森田 舞（H4.9.18生）連絡先：080-5966-5425 前橋市朝日町三丁目28番3号。\n"
            "熱中症は、気温や湿度が高い環境で起こります。Could you write a brief email?\n") * 60
    assert len(list(nlp._chunks(text))) >= nlp.PARALLEL_MIN_CHUNKS
    monkeypatch.setattr(morphology, "_cores_idle", lambda: False)
    serial = [(t.surface, t.start, t.end, t.pos) for t in morphology.tokenize(text)]
    monkeypatch.setattr(morphology, "_cores_idle", lambda: True)
    parallel = [(t.surface, t.start, t.end, t.pos) for t in morphology.tokenize(text)]
    assert parallel == serial
    assert serial[-1][2] == len(text)  # the tokens tile the whole text


def test_chunks_tokenised_in_line_pieces_give_exactly_the_whole_chunks_tokens(morphology, monkeypatch):
    import random

    import service.nlp as nlp

    # Lines whose ends and starts are the cases that must not be cut (whitespace around the
    # newline, a full-width space, ¨ whose NFKC begins with a space) and ones that may
    # (本市 after a newline reads 本+市 at the start of an input, 本市 after a newline).
    rnd = random.Random(7)
    words = ["本市", "山田 太郎", "\u3000", " ", "¨", "（かな）", "090-1234-5678", "ー", "〜", "前橋市朝日町", "。", "abc"]
    lines = ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) for _ in range(400)]
    text = "\n".join(lines)
    chunks = list(nlp._chunks(text))
    assert any(len(list(nlp._line_pieces(o, c))) > 1 for o, c in chunks)  # pieces were cut
    out: list = []
    for offset, chunk in chunks:
        for o, piece, lead in nlp._line_pieces(offset, chunk):
            assert morphology._tokenize_piece(out, text, o, piece, lead)  # no fallback to the whole chunk
    pieces = [(t.surface, t.start, t.end, t.pos) for t in out]
    monkeypatch.setattr(nlp, "LINE_PIECE_CHARS", 10**9)  # each chunk whole, as before
    whole = [(t.surface, t.start, t.end, t.pos) for t in morphology._tokenize_chunks(text, chunks)]
    assert pieces == whole
    assert whole[-1][2] == len(text)


def test_every_name_and_place_part_of_speech_is_a_proper_noun(morphology, make_doc):
    # the passes over Document.proper_nouns (names, places, the judge's name runs) see every token
    # tagged 人名 or 地名: the dictionary has no such part of speech outside 名詞-固有名詞
    table = morphology._pos_cache.values()
    assert table and all(p[1] == "固有名詞" for p in table if p[2] in ("人名", "地名"))
    doc = make_doc("相談者の山田花子さん（前橋市岩神町三丁目5番8号）")
    assert [doc.tokens[k].surface for k in doc.proper_nouns] == \
        [t.surface for t in doc.tokens if t.pos[1] == "固有名詞"]
    assert {"山田", "花子", "前橋市岩神町"} <= {doc.tokens[k].surface for k in doc.proper_nouns}
