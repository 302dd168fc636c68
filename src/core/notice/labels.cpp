// Fixed words per language; see labels.h.
#include "notice/labels.h"

namespace sk::notice {

namespace {

Labels english() {
  Labels l;
  l.date = "Date";
  l.to = "To";
  l.project = "Project";
  l.appendix_history = "Appendix A: revision history";
  l.appendix_evidence = "Appendix B: changed passages of revision {n}";
  l.evidence_note = "Removed text is struck through in red; added text is underlined in green.";
  l.col_round = "Round";
  l.col_date = "Received";
  l.col_share = "Changed";
  l.col_limit = "Agreed limit";
  l.col_status = "Status";
  l.removed = "Removed";
  l.added = "Added";
  l.moved = "Moved";
  l.more_passages = "… and {n} more changed passages (available on request).";
  l.page_of = "Page {page} of {pages}";
  l.status[0] = "within the agreement";
  l.status[1] = "close to the limit";
  l.status[2] = "beyond the agreed share";
  l.status[3] = "additional round";
  l.status[4] = "not counted";
  l.kind[0] = "early notice";
  l.kind[1] = "notice on the size of a round";
  l.kind[2] = "notice on additional rounds";
  l.kind[3] = "project summary";
  l.kind[4] = "request for clarification";
  return l;
}

Labels korean() {
  Labels l;
  l.date = "날짜";
  l.to = "받는 분";
  l.project = "프로젝트";
  l.appendix_history = "부록 A: 수정 이력";
  l.appendix_evidence = "부록 B: {n}번째 수정본에서 바뀐 부분";
  l.evidence_note = "삭제된 부분은 빨간 취소선으로, 추가된 부분은 초록 밑줄로 표시했습니다.";
  l.col_round = "회차";
  l.col_date = "받은 날짜";
  l.col_share = "변경 비율";
  l.col_limit = "합의 한도";
  l.col_status = "상태";
  l.removed = "삭제";
  l.added = "추가";
  l.moved = "이동";
  l.more_passages = "… 외 {n}개의 변경 부분이 더 있으며, 요청하시면 보내 드립니다.";
  l.page_of = "{page} / {pages}쪽";
  l.status[0] = "합의 범위 내";
  l.status[1] = "한도에 근접";
  l.status[2] = "합의 비율 초과";
  l.status[3] = "추가 수정";
  l.status[4] = "횟수에서 제외";
  l.kind[0] = "사전 안내";
  l.kind[1] = "수정 범위 안내";
  l.kind[2] = "추가 수정 안내";
  l.kind[3] = "프로젝트 요약";
  l.kind[4] = "수정 사항 확인 요청";
  return l;
}

Labels romanian() {
  Labels l;
  l.date = "Data";
  l.to = "Către";
  l.project = "Proiect";
  l.appendix_history = "Anexa A: istoricul reviziilor";
  l.appendix_evidence = "Anexa B: pasajele modificate în revizia {n}";
  l.evidence_note = "Textul eliminat este tăiat cu roșu; textul adăugat este subliniat cu verde.";
  l.col_round = "Runda";
  l.col_date = "Primită";
  l.col_share = "Modificat";
  l.col_limit = "Limita convenită";
  l.col_status = "Situație";
  l.removed = "Eliminat";
  l.added = "Adăugat";
  l.moved = "Mutat";
  l.more_passages = "… și încă {n} pasaje modificate (le pot trimite la cerere).";
  l.page_of = "Pagina {page} din {pages}";
  l.status[0] = "în limitele contractului";
  l.status[1] = "aproape de limită";
  l.status[2] = "peste procentul convenit";
  l.status[3] = "rundă suplimentară";
  l.status[4] = "neluată în calcul";
  l.kind[0] = "notificare din timp";
  l.kind[1] = "notificare privind amploarea unei runde";
  l.kind[2] = "notificare privind rundele suplimentare";
  l.kind[3] = "rezumatul proiectului";
  l.kind[4] = "cerere de clarificare";
  return l;
}

}  // namespace

const Labels& labels_for(const std::string& language) {
  static const Labels en = english();
  static const Labels ko = korean();
  static const Labels ro = romanian();
  if (language.rfind("ko", 0) == 0) return ko;
  if (language.rfind("ro", 0) == 0) return ro;
  return en;
}

const std::string& status_label(const Labels& labels, RoundStatus status) {
  return labels.status[static_cast<int>(status)];
}

const std::string& kind_label(const Labels& labels, NoticeKind kind) {
  return labels.kind[static_cast<int>(kind)];
}

std::string fill(const std::string& pattern, const std::string& name, const std::string& value) {
  const std::string key = "{" + name + "}";
  std::string out;
  size_t from = 0;
  for (size_t at = pattern.find(key); at != std::string::npos; at = pattern.find(key, from)) {
    out.append(pattern, from, at - from);
    out += value;
    from = at + key.size();
  }
  out.append(pattern, from, std::string::npos);
  return out;
}

}  // namespace sk::notice
