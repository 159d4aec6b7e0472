import { describe, expect, it } from "vitest";
import { alignMembers, type AlignmentMode } from "../../src/model/align-members.js";

describe("align members", () => {
  const cases: {
    name: string;
    members: string[];
    values: string[];
    mode: AlignmentMode;
    want: [string, string][];
  }[] = [
    {
      name: "pairs translated members between shared ones",
      members: ["нет", "adminsAndGuestInviters", "все", "unknownFutureValue"],
      values: ["none", "adminsAndGuestInviters", "everyone"],
      mode: "gaps",
      want: [
        ["нет", "none"],
        ["все", "everyone"],
      ],
    },
    {
      name: "takes the whole set when every intact member is listed, whatever the order",
      members: ["другие", "create", "delete", "отключение", "обновление", "unknownFutureValue"],
      values: ["create", "update", "delete", "disable", "other"],
      mode: "exact",
      want: [
        ["другие", "update"],
        ["отключение", "disable"],
        ["обновление", "other"],
      ],
    },
    {
      name: "folds values that differ only in case",
      members: ["Обязательный", "необязательный", "resource"],
      values: ["required", "optional", "resource", "Required"],
      mode: "exact",
      want: [
        ["Обязательный", "required"],
        ["необязательный", "optional"],
      ],
    },
    {
      name: "ignores words after the list when the sentinel anchors it",
      members: ["generic", "общий", "mcasImpossibleTravel", "unknownFutureValue"],
      values: ["generic", "malware", "unknownFutureValue", "eq"],
      mode: "gaps",
      want: [["общий", "malware"]],
    },
    {
      name: "restores nothing from a stretch whose counts differ",
      members: ["неопределяемая", "пользователь", "администратор"],
      values: ["user", "administrator"],
      mode: "gaps",
      want: [],
    },
    {
      name: "restores nothing from a list that shares no member and has another length",
      members: ["нет", "contactsOnly", "все"],
      values: ["alwaysEnabled", "scheduled"],
      mode: "gaps",
      want: [],
    },
    {
      name: "restores nothing from code words with values left over",
      members: ["нет", "contactsOnly"],
      values: ["alwaysEnabled", "none", "contactsOnly"],
      mode: "exact",
      want: [],
    },
    {
      name: "counts a number where a name stood as translated",
      members: ["ten", "11", "twelve"],
      values: ["ten", "eleven", "twelve"],
      mode: "gaps",
      want: [["11", "eleven"]],
    },
  ];

  for (const { name, members, values, mode, want } of cases) {
    it(name, () => {
      expect([...alignMembers(members, values, mode)]).toEqual(want);
    });
  }
});
