// `scopekeeper-cli delivery add|approve|list` and `due`: the freelancer's own deliveries, the approvals the
// client gives (explicitly, or by letting the agreed feedback window pass), and what is waiting for an
// answer across projects. The work is done by workflow/delivery_workflow.h.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/error.h"
#include "ledger/dates.h"
#include "ledger/delivery_states.h"
#include "ledger/history.h"
#include "workflow/delivery_workflow.h"

namespace sk::cli {

namespace {

struct DeliveryOptions {
  std::string project, number, file, on, note, how;
  bool json = false;
};

const char* state_name(policy::DeliveryState state) {
  switch (state) {
    case policy::DeliveryState::kAwaitingFeedback:
      return "awaiting-feedback";
    case policy::DeliveryState::kAnswered:
      return "answered";
    case policy::DeliveryState::kApprovedByWindow:
      return "approved-by-window";
    case policy::DeliveryState::kApprovedExplicitly:
      return "approved";
    case policy::DeliveryState::kNoWindow:
      return "no-window";
  }
  return "unknown";
}

std::string revisions_list(const std::vector<int>& numbers) {
  std::string text;
  for (const int n : numbers) text += (text.empty() ? "" : ", ") + std::to_string(n);
  return text;
}

}  // namespace

// Where a delivery stands, in one line for people.
std::string delivery_state_words(const ledger::JudgedDelivery& d) {
  const policy::DeliveryStatus& s = d.status;
  switch (s.state) {
    case policy::DeliveryState::kAwaitingFeedback:
      if (s.business_days_left == 0) return "waiting for comments; today is the last day they count";
      return "waiting for comments until " + s.last_comment_day + " (" +
             std::to_string(s.business_days_left) + " business day" + (s.business_days_left == 1 ? "" : "s") +
             " left)";
    case policy::DeliveryState::kAnswered:
      return "answered by revision" + std::string(d.answered_by.size() == 1 ? " " : "s ") +
             revisions_list(d.answered_by) + " (comments counted until " + s.last_comment_day + ")";
    case policy::DeliveryState::kApprovedByWindow:
      return "approved by the agreed feedback window on " + s.approved_on.value_or("") + " (no comments by " +
             s.last_comment_day + ")" +
             (d.answered_by.empty() ? ""
                                    : "; later revisions " + revisions_list(d.answered_by) + " are new work");
    case policy::DeliveryState::kApprovedExplicitly:
      return "approved on " + s.approved_on.value_or("") + ": " +
             (d.delivery.approval ? d.delivery.approval->how : "");
    case policy::DeliveryState::kNoWindow:
      return d.answered_by.empty() ? "delivered; the terms set no feedback window"
                                   : "answered by revision " + revisions_list(d.answered_by);
  }
  return {};
}

nlohmann::ordered_json delivery_json(const ledger::JudgedDelivery& d) {
  const ledger::DeliveryRecord& r = d.delivery;
  const auto optional_text = [](const std::optional<std::string>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
  };
  return {{"number", r.number},
          {"delivered_on", r.delivered_on},
          {"file", r.file_name},
          {"format", r.format},
          {"size_bytes", r.size_bytes},
          {"sha256", r.sha256},
          {"note", r.note},
          {"terms_version", d.terms_version},
          {"state", state_name(d.status.state)},
          {"last_comment_day", d.status.last_comment_day.empty()
                                   ? nlohmann::ordered_json(nullptr)
                                   : nlohmann::ordered_json(d.status.last_comment_day)},
          {"business_days_left", d.status.state == policy::DeliveryState::kAwaitingFeedback
                                     ? nlohmann::ordered_json(d.status.business_days_left)
                                     : nlohmann::ordered_json(nullptr)},
          {"approved_on", optional_text(d.status.approved_on)},
          {"approved_how",
           r.approval ? nlohmann::ordered_json(r.approval->how) : nlohmann::ordered_json(nullptr)},
          {"answered_by", d.answered_by},
          {"created_at", r.created_at}};
}

namespace {

int run_add(const GlobalOptions& global, const DeliveryOptions& o) {
  const std::int64_t id = parse_id(o.project, "project id");
  ledger::Database db = open_ledger(global);
  const std::string today = ledger::today();
  const int number = workflow::record_delivery(db, id, o.file, o.on, o.note, today);
  const ledger::ProjectHistory history = ledger::load_history(db, id);
  const auto judged = ledger::judge_deliveries(history, today);
  const ledger::JudgedDelivery& d = judged.at(static_cast<std::size_t>(number - 1));
  std::cout << "delivery " << number << " of project " << id << ": " << d.delivery.file_name
            << ", delivered on " << d.delivery.delivered_on << "; " << delivery_state_words(d) << '\n';
  return 0;
}

int run_approve(const GlobalOptions& global, const DeliveryOptions& o) {
  const std::int64_t id = parse_id(o.project, "project id");
  const int number = static_cast<int>(parse_id(o.number, "delivery number"));
  ledger::Database db = open_ledger(global);
  workflow::approve_delivery(db, id, number, o.on, o.how, ledger::today());
  std::cout << "delivery " << number << " of project " << id << ": approved on "
            << (o.on.empty() ? ledger::today() : o.on) << " (" << o.how << "); later changes are new work\n";
  return 0;
}

int run_list(const GlobalOptions& global, const DeliveryOptions& o) {
  const std::int64_t id = parse_id(o.project, "project id");
  ledger::Database db = open_ledger(global);
  const auto judged = ledger::judge_deliveries(ledger::load_history(db, id), ledger::today());
  if (o.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& d : judged) list.push_back(delivery_json(d));
    print_json(list);
    return 0;
  }
  if (judged.empty()) std::cout << "project " << id << ": no deliveries recorded\n";
  for (const auto& d : judged) {
    std::cout << "delivery " << d.delivery.number << "  " << d.delivery.delivered_on << "  "
              << d.delivery.file_name << "  " << delivery_state_words(d) << '\n';
  }
  return 0;
}

int run_due(const GlobalOptions& global, bool json) {
  ledger::Database db = open_ledger(global);
  const std::vector<workflow::DueDelivery> due = workflow::due_deliveries(db, ledger::today());
  if (json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& d : due) {
      nlohmann::ordered_json item = delivery_json(d.delivery);
      item["project_id"] = d.project_id;
      item["project"] = d.project_title;
      item["client"] = d.client_name;
      list.push_back(item);
    }
    print_json(list);
    return 0;
  }
  if (due.empty()) std::cout << "nothing is waiting for the client's comments\n";
  for (const auto& d : due) {
    std::cout << "project " << d.project_id << " (" << d.project_title << ", " << d.client_name
              << "), delivery " << d.delivery.delivery.number << " of " << d.delivery.delivery.delivered_on
              << ": " << delivery_state_words(d.delivery) << '\n';
  }
  return 0;
}

}  // namespace

Runner add_delivery_command(CLI::App& app, const GlobalOptions& global) {
  auto o = std::make_shared<DeliveryOptions>();
  CLI::App* delivery = app.add_subcommand("delivery", "Your deliveries and the client's approval of them");
  delivery->require_subcommand(1);

  CLI::App* add = delivery->add_subcommand("add", "Record the version you sent the client, as evidence");
  add->add_option("PROJECT_ID", o->project, "Project id")->required();
  add->add_option("FILE", o->file, "The file you delivered")->required();
  add->add_option("--on", o->on, "The day you delivered it, YYYY-MM-DD (default today)");
  add->add_option("--note", o->note, "A note kept with it");

  CLI::App* approve = delivery->add_subcommand(
      "approve", "Record that the client approved a delivery; later changes are new work");
  approve->add_option("PROJECT_ID", o->project, "Project id")->required();
  approve->add_option("NUMBER", o->number, "Delivery number")->required();
  approve->add_option("--how", o->how, "How it was approved: \"by email\", \"signed PDF, ref. 14\"")
      ->required();
  approve->add_option("--on", o->on, "The day it was approved, YYYY-MM-DD (default today)");

  CLI::App* list = delivery->add_subcommand("list", "A project's deliveries and where each stands");
  list->add_option("PROJECT_ID", o->project, "Project id")->required();
  list->add_flag("--json", o->json, "Print a JSON array");

  return [o, &global, add, approve, list]() {
    if (add->parsed()) return run_add(global, *o);
    if (approve->parsed()) return run_approve(global, *o);
    if (list->parsed()) return run_list(global, *o);
    return 2;
  };
}

Runner add_due_command(CLI::App& app, const GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* due = app.add_subcommand(
      "due", "Deliveries waiting for the client's comments, the feedback window closing soonest first");
  due->add_flag("--json", *json, "Print a JSON array");
  return [json, &global]() { return run_due(global, *json); };
}

}  // namespace sk::cli
