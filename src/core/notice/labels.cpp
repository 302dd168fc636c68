// Fixed words per language; see labels.h.
#include "notice/labels.h"

#include <map>

namespace sk::notice {

namespace {

Labels english() {
  Labels l;
  l.date = "Date";
  l.to = "To";
  l.project = "Project";
  l.appendix_history = "Appendix A: revision history";
  l.appendix_evidence = "Appendix B: the changes in round {n}";
  l.appendix_evidence_uncounted = "Appendix B: the changes in the version of {date}";
  l.evidence_note =
      "Each change is shown in its sentence: removed words struck through in red, added words underlined in "
      "green, words moved from elsewhere in blue. The largest changes come first.";
  l.changed = "Change {n}";
  l.col_round = "Round";
  l.col_date = "Received";
  l.col_share = "Changed";
  l.col_limit = "Agreed limit";
  l.col_status = "Status";
  l.removed = "Removed";
  l.added = "Added";
  l.moved = "Moved";
  l.appendix_image = "Appendix B: how round {n} was measured";
  l.appendix_image_uncounted = "Appendix B: how the version of {date} was measured";
  l.image_note =
      "Compared pixel by pixel with the previous version. A pixel counts as changed only when it differs by "
      "more "
      "than a small tolerance, so compression noise is not counted.";
  l.pixels_changed = "Changed pixels";
  l.pixels_total = "Pixels compared";
  l.pixels_share = "Share changed";
  l.regions = "Changed areas";
  l.at_least = "at least {n}";
  l.regions_value = "{0}";
  l.picture_caption = "The new version, with the changed areas outlined in red.";
  l.crop_caption = "Area {n}: before (left) and after (right).";
  l.missing_characters =
      "A few characters have no font on the computer that made this PDF and are left out: {list}.";
  l.sizing_scaled =
      "The new version has a different size; it was scaled to the previous version's size first.";
  l.sizing_canvas =
      "The two versions have different proportions; both were laid on one canvas, and the parts covered by "
      "only one of them count as changed.";
  l.material[0] = "text";
  l.material[1] = "design";
  l.more_passages =
      "{0, plural, one{… and one smaller change, which I can send on request.} other{… and # smaller "
      "changes, "
      "which I can send on request.}}";
  l.page_of = "Page {page} of {pages}";
  l.status[0] = "within the agreement";
  l.status[1] = "close to the agreed share";
  l.status[2] = "beyond the agreed share";
  l.status[3] = "additional round";
  l.status[4] = "not counted";
  l.kind[0] = "early notice";
  l.kind[1] = "notice on the size of a round";
  l.kind[2] = "notice on additional rounds";
  l.kind[3] = "project summary";
  l.kind[4] = "request for clarification";
  l.status[5] = "last included round";
  l.words = "{0, plural, one{# word} other{# words}}";
  l.pixels = "{0, plural, one{# pixel} other{# pixels}}";
  l.areas = "{0, plural, one{# area} other{# areas}}";
  l.rounds = "{0, plural, one{# round} other{# rounds}}";
  l.points = "{0, plural, one{# percentage point} other{# percentage points}}";
  l.salutation_contact = "Dear {first},";
  l.salutation_client = "Dear {client},";
  l.salutation_choices = {"Dear {first},", "Dear {name},", "Hello {first},"};
  return l;
}

Labels korean() {
  Labels l;
  l.date = "날짜";
  l.to = "받는 분";
  l.project = "프로젝트";
  l.appendix_history = "부록 A: 수정 이력";
  l.appendix_evidence = "부록 B: {n}차 수정에서 바뀐 부분";
  l.appendix_evidence_uncounted = "부록 B: {date} 버전에서 바뀐 부분";
  l.evidence_note =
      "바뀐 부분을 문장 안에서 보여 드립니다. 삭제된 단어는 빨간 취소선으로, 추가된 단어는 초록 밑줄로, 다른 "
      "곳에서 옮겨 온 단어는 파란색으로 표시했으며, 변경 폭이 큰 것부터 차례로 실었습니다.";
  l.changed = "변경 {n}";
  l.col_round = "회차";
  l.col_date = "접수일";
  l.col_share = "변경 비율";
  l.col_limit = "회차 한도";
  l.col_status = "상태";
  l.removed = "삭제";
  l.added = "추가";
  l.moved = "이동";
  l.appendix_image = "부록 B: {n}차 수정의 변경 범위 측정";
  l.appendix_image_uncounted = "부록 B: {date} 버전의 변경 범위 측정";
  l.image_note =
      "이전 버전과 픽셀 단위로 비교했습니다. 색이 일정 허용치 이상 달라진 픽셀만 바뀐 것으로 세었으며, 압축 "
      "과정에서 생기는 미세한 차이는 세지 않았습니다.";
  l.pixels_changed = "바뀐 픽셀";
  l.pixels_total = "전체 픽셀";
  l.pixels_share = "변경 비율";
  l.regions = "바뀐 영역";
  l.at_least = "{n} 이상";
  l.regions_value = "{0}곳";
  l.picture_caption = "새 버전입니다. 바뀐 영역을 빨간 테두리로 표시했습니다.";
  l.crop_caption = "영역 {n}: 수정 전(왼쪽)과 수정 후(오른쪽)";
  l.missing_characters = "이 PDF를 만든 컴퓨터에 글꼴이 없어 일부 문자를 표시하지 못했습니다: {list}.";
  l.sizing_scaled = "새 버전의 크기가 달라, 이전 버전의 크기로 맞춘 뒤 비교했습니다.";
  l.sizing_canvas =
      "두 버전의 가로세로 비율이 달라 같은 캔버스에 놓고 비교했으며, 한쪽에만 있는 부분은 바뀐 것으로 "
      "세었습니다.";
  l.material[0] = "원고";
  l.material[1] = "디자인";
  l.more_passages = "… 이 밖에 작은 변경 사항이 {0}건 더 있으며, 요청하시면 보내 드리겠습니다.";
  l.page_of = "{page} / {pages}";
  l.status[0] = "한도 내";
  l.status[1] = "한도 근접";
  l.status[2] = "한도 초과";
  l.status[3] = "추가 수정";
  l.status[4] = "횟수 제외";
  l.kind[0] = "사전 안내";
  l.kind[1] = "수정 범위 안내";
  l.kind[2] = "추가 수정 안내";
  l.kind[3] = "수정 이력 정리";
  l.kind[4] = "수정 사항 확인 요청";
  l.status[5] = "포함된 마지막 회차";
  l.words = "{0}단어";
  l.pixels = "{0}픽셀";
  l.areas = "{0}곳";
  l.rounds = "{0}회";
  l.points = "{0}%p";
  l.salutation_contact = "{name} 님께";
  l.salutation_client = "{client} 담당자님께";
  l.salutation_choices = {"{name} 님께", "{client} {name} 님께", "{name} 님", "{client} 담당자님께",
                          "{client} 귀중"};
  return l;
}

Labels romanian() {
  Labels l;
  l.date = "Data";
  l.to = "Către";
  l.project = "Proiect";
  l.appendix_history = "Anexa A: istoricul reviziilor";
  l.appendix_evidence = "Anexa B: modificările din runda {n}";
  l.appendix_evidence_uncounted = "Anexa B: modificările versiunii din {date}";
  l.evidence_note =
      "Fiecare modificare este prezentată în fraza din care face parte: cuvintele eliminate sunt tăiate cu o "
      "linie roșie, cele adăugate sunt subliniate cu verde, iar cele mutate din alt loc sunt marcate cu "
      "albastru. Cele mai mari modificări apar primele.";
  l.changed = "Modificarea {n}";
  l.col_round = "Runda";
  l.col_date = "Data primirii";
  l.col_share = "Modificat";
  l.col_limit = "Limita";
  l.col_status = "Situație";
  l.removed = "Eliminat";
  l.added = "Adăugat";
  l.moved = "Mutat";
  l.appendix_image = "Anexa B: măsurarea modificărilor din runda {n}";
  l.appendix_image_uncounted = "Anexa B: măsurarea modificărilor versiunii din {date}";
  l.image_note =
      "Comparație pixel cu pixel cu versiunea anterioară. Un pixel este socotit modificat când diferența de "
      "culoare depășește o mică toleranță, așa că micile abateri produse de compresia imaginii nu intră în "
      "calcul.";
  l.pixels_changed = "Pixeli modificați";
  l.pixels_total = "Pixeli comparați";
  l.pixels_share = "Procent modificat";
  l.regions = "Zone modificate";
  l.at_least = "cel puțin {n}";
  l.regions_value = "{0}";
  l.picture_caption = "Noua versiune, cu zonele modificate încadrate cu roșu.";
  l.crop_caption = "Zona {n}: înainte (stânga) și după (dreapta).";
  l.missing_characters =
      "Câteva caractere nu au font pe calculatorul care a creat acest PDF și au fost omise: {list}.";
  l.sizing_scaled =
      "Noua versiune are alte dimensiuni; a fost adusă mai întâi la dimensiunile versiunii anterioare.";
  l.sizing_canvas =
      "Cele două versiuni au proporții diferite; au fost așezate pe aceeași suprafață, iar porțiunile "
      "acoperite doar de una dintre ele sunt socotite modificate.";
  l.material[0] = "text";
  l.material[1] = "design";
  l.more_passages =
      "{0, plural, one{… și încă o modificare mai mică, pe care v-o pot trimite la cerere.} few{… și încă # "
      "modificări mai mici, pe care vi le pot trimite la cerere.} other{… și încă # de modificări mai mici, "
      "pe "
      "care vi le pot trimite la cerere.}}";
  l.page_of = "Pagina {page} din {pages}";
  l.status[0] = "în limitele contractului";
  l.status[1] = "aproape de limită";
  l.status[2] = "peste procentul convenit";
  l.status[3] = "rundă suplimentară";
  l.status[4] = "neluată în calcul";
  l.kind[0] = "informare prealabilă";
  l.kind[1] = "notificare privind amploarea unei runde";
  l.kind[2] = "notificare privind rundele suplimentare";
  l.kind[3] = "rezumatul proiectului";
  l.kind[4] = "cerere de clarificări";
  l.status[5] = "ultima rundă inclusă";
  l.words = "{0, plural, one{# cuvânt} few{# cuvinte} other{# de cuvinte}}";
  l.pixels = "{0, plural, one{# pixel} few{# pixeli} other{# de pixeli}}";
  l.areas = "{0, plural, one{# zonă} few{# zone} other{# de zone}}";
  l.rounds = "{0, plural, one{# rundă} few{# runde} other{# de runde}}";
  l.points = "{0, plural, one{# punct procentual} few{# puncte procentuale} other{# de puncte procentuale}}";
  l.salutation_contact = "Bună ziua,";
  l.salutation_client = "Bună ziua,";
  l.salutation_choices = {"Stimată doamnă {last},",
                          "Stimate domnule {last},",
                          "Bună ziua, doamnă {last},",
                          "Bună ziua, domnule {last},",
                          "Bună ziua, {first},",
                          "Stimată doamnă, stimate domnule,",
                          "Bună ziua,"};
  return l;
}

// Each language's labels, by its code (the primary subtag of a longer tag finds them too: "ro-MD").
const std::map<std::string, Labels>& all_labels() {
  static const std::map<std::string, Labels> labels = {
      {"en", english()},
      {"ko", korean()},
      {"ro", romanian()},
  };
  return labels;
}

const Labels* find_labels(const std::string& language) {
  const auto& labels = all_labels();
  auto found = labels.find(language);
  if (found == labels.end()) found = labels.find(language.substr(0, language.find_first_of("-_")));
  return found == labels.end() ? nullptr : &found->second;
}

}  // namespace

const Labels& labels_for(const std::string& language) {
  const Labels* labels = find_labels(language);
  return labels != nullptr ? *labels : all_labels().at("en");
}

bool has_labels(const std::string& language) {
  return find_labels(language) != nullptr;
}

const std::string& status_label(const Labels& labels, RoundStatus status) {
  return labels.status[static_cast<int>(status)];
}

const std::string& kind_label(const Labels& labels, NoticeKind kind) {
  return labels.kind[static_cast<int>(kind)];
}

const std::string& material_label(const Labels& labels, Material material) {
  return labels.material[static_cast<int>(material)];
}

namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

}  // namespace

std::string salutation_from(const std::string& pattern, const std::string& contact,
                            const std::string& client) {
  const std::vector<std::string> names = words_of(contact);
  std::string name;
  for (const std::string& word : names) name += (name.empty() ? "" : " ") + word;
  std::string out = fill(pattern, "client", client);
  out = fill(out, "name", name);
  out = fill(out, "first", names.empty() ? "" : names.front());
  return fill(out, "last", names.empty() ? "" : names.back());
}

std::string salutation_for(const Labels& labels, const std::string& contact, const std::string& client) {
  const bool has_contact = !words_of(contact).empty();
  return salutation_from(has_contact ? labels.salutation_contact : labels.salutation_client, contact, client);
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
