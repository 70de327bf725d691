--liquibase formatted sql

-- A living ledger for README command 1 (the dev launcher adds the `demo-ledger` context to `demo`): published S8
-- at 青山乡党委 and S10 at 华能管道公司党委 (from the templates, effective 2026-01-01), a group leader for QS-01-1,
-- a department head in HN-01, and a few hundred entries over 2026 Q1–Q3 in mixed states. Generated once from the
-- templates.

--changeset jifen:2026-11-28-demo-ledger-schemes context:demo-ledger
insert into scheme (version, created_at, created_by, organization_id, code, name, parent_id, branch_editing) values (0, '2025-12-20 10:00:00', 'system', 1, 'QS-S8', '凯河镇徐家堰村党支部党员日常行为积分管理实施细则（试行）', null, false);
insert into scheme_version (version, created_at, created_by, scheme_id, number, status, effective_from, document, published_at, published_by) select 0, '2025-12-20 10:00:00', 'system', id, 1, 'PUBLISHED', '2026-01-01', '{
  "format": "jifen-scheme",
  "formatVersion": 1,
  "info": {
    "organization": "徐家堰村党支部",
    "seed": "S8",
    "description": "取自种子材料：每季度集体评分；周期积分＝4个季度积分之和÷4；以100分为标准，超出部分作为奖励积分；60～69分基本合格，70～89分合格，90～100分优秀；低于基本合格一次的限期改正3个月，两次的由镇党委诫勉谈话，三次的按程序组织处理；预备党员评为基本合格及以下的延长预备期；公示7天，异议3天内答复（均与材料一致）。本模板补充的内容：四类党员“各不相同而分值相同”，统一基础分80分；类别名称参照S7的四类；“不合格”是对“低于基本合格”的称呼；加分、扣分事项的分值由审核人在范围内评定。"
  },
  "scheme": {
    "id": "QS-S8-v1",
    "schemeId": "QS-S8",
    "name": "凯河镇徐家堰村党支部党员日常行为积分管理实施细则（试行）",
    "version": 1,
    "effectiveFrom": "2026-01-01",
    "periodRule": {
      "assessedUnit": "QUARTER",
      "reset": true,
      "rollUp": "AVERAGE_OF_SUBPERIODS",
      "totalCap": 100,
      "overflowAsReward": true,
      "partialPeriods": "PRO_RATE_BASE"
    },
    "memberClasses": [
      {
        "id": "CADRE",
        "name": "村组干部党员",
        "baseScore": 80,
        "exemption": "NOT_ALLOWED",
        "order": 0
      },
      {
        "id": "ORDINARY",
        "name": "普通党员",
        "baseScore": 80,
        "exemption": "NOT_ALLOWED",
        "order": 0
      },
      {
        "id": "MOBILE",
        "name": "外出流动党员",
        "baseScore": 80,
        "exemption": "NOT_ALLOWED",
        "order": 0
      },
      {
        "id": "ELDERLY",
        "name": "年老体弱党员",
        "baseScore": 80,
        "exemption": "NOT_ALLOWED",
        "order": 0
      }
    ],
    "categories": [
      {
        "id": "CONTRIB",
        "name": "贡献加分",
        "kind": "BONUS",
        "sign": "POSITIVE",
        "cap": {},
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "VIOLATION",
        "name": "违规违纪扣分",
        "kind": "DEDUCTION",
        "sign": "NEGATIVE",
        "cap": {},
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      }
    ],
    "items": [
      {
        "id": "CONTRIB-DEED",
        "categoryId": "CONTRIB",
        "name": "贡献加分事项（党小组长书面申报）",
        "value": {
          "type": "ReviewerRange",
          "min": 1,
          "max": 50
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY",
          "GROUP_LEADER",
          "SELF_CLAIM"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "VIOLATION-DEED",
        "categoryId": "VIOLATION",
        "name": "违规违纪扣分事项",
        "value": {
          "type": "ReviewerRange",
          "min": 1,
          "max": 80
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      }
    ],
    "tierSchemes": [
      {
        "id": "S8-GRADE",
        "name": "周期评定",
        "levels": [
          "YEAR"
        ],
        "tiers": [
          {
            "id": "EXCELLENT",
            "name": "优秀",
            "min": 90
          },
          {
            "id": "PASS",
            "name": "合格",
            "min": 70
          },
          {
            "id": "BASIC",
            "name": "基本合格",
            "min": 60
          },
          {
            "id": "BELOW",
            "name": "不合格（低于基本合格）"
          }
        ]
      }
    ],
    "eligibilityRules": [],
    "consequenceRules": [
      {
        "id": "S8-BELOW-1",
        "name": "教育并责令限期改正（三个月）",
        "level": "YEAR",
        "trigger": {
          "type": "NthTimeAtOrBelow",
          "tierSchemeId": "S8-GRADE",
          "tierId": "BELOW",
          "nth": 1
        },
        "statuses": [],
        "followUp": {
          "action": "CORRECTION",
          "performer": "BRANCH",
          "description": "教育并责令限期改正（三个月）",
          "due": "WITHIN_MONTHS",
          "days": 3
        }
      },
      {
        "id": "S8-BELOW-2",
        "name": "镇党委诫勉谈话",
        "level": "YEAR",
        "trigger": {
          "type": "NthTimeAtOrBelow",
          "tierSchemeId": "S8-GRADE",
          "tierId": "BELOW",
          "nth": 2
        },
        "statuses": [],
        "followUp": {
          "action": "ADMONITION_TALK",
          "performer": "TOWNSHIP_COMMITTEE",
          "description": "镇党委诫勉谈话",
          "due": "NONE"
        }
      },
      {
        "id": "S8-BELOW-3",
        "name": "报请镇党委按程序组织处理",
        "level": "YEAR",
        "trigger": {
          "type": "NthTimeAtOrBelow",
          "tierSchemeId": "S8-GRADE",
          "tierId": "BELOW",
          "nth": 3
        },
        "statuses": [],
        "followUp": {
          "action": "ORGANIZATIONAL_HANDLING",
          "performer": "TOWNSHIP_COMMITTEE",
          "description": "报请镇党委按程序组织处理",
          "due": "NONE"
        }
      },
      {
        "id": "S8-PROBATION",
        "name": "预备党员基本合格及以下：延长预备期",
        "level": "YEAR",
        "trigger": {
          "type": "AtOrBelowTier",
          "tierSchemeId": "S8-GRADE",
          "tierId": "BASIC"
        },
        "statuses": [
          "PROBATIONARY"
        ],
        "followUp": {
          "action": "EXTEND_PROBATION",
          "performer": "BRANCH",
          "description": "适当延长预备期，直至取消预备党员资格",
          "due": "NONE"
        }
      }
    ],
    "workflow": {
      "steps": [
        {
          "id": "GROUP-REPORT",
          "name": "党小组长书面申报",
          "performerRole": "GROUP_LEADER"
        },
        {
          "id": "ASSEMBLY",
          "name": "支部党员大会集体记分",
          "performerRole": "GENERAL_ASSEMBLY"
        }
      ],
      "publicationWindowDays": 7,
      "objectionAnswerDays": 3
    },
    "unlockedParts": [],
    "removedIds": []
  }
}', '2025-12-28 16:00:00', 'system' from scheme where organization_id = 1 and code = 'QS-S8';
insert into scheme (version, created_at, created_by, organization_id, code, name, parent_id, branch_editing) values (0, '2025-12-20 10:00:00', 'system', 11, 'HN-S10', 'xx管道党员积分管理办法', null, false);
insert into scheme_version (version, created_at, created_by, scheme_id, number, status, effective_from, document, published_at, published_by) select 0, '2025-12-20 10:00:00', 'system', id, 1, 'PUBLISHED', '2026-01-01', '{
  "format": "jifen-scheme",
  "formatVersion": 1,
  "info": {
    "organization": "管道公司",
    "seed": "S10",
    "description": "取自种子材料：日常行为积分75分（学习教育33分、争创佳绩20分、服务群众8分、遵纪守法8分、弘扬正气6分）＋评议积分25分（优秀23～25分、合格15～22分、基本合格14分及以下、不合格0分，每次按50%计入）＋奖励积分最多10分（在《xx管道》发表2分、在外部杂志发表5分；集团公司表彰5分、分公司表彰4分、管道公司表彰3分）；争创佳绩由本人申报、部门负责人签注；优秀90分、合格80分、基本合格60分为线；有违法、违纪、违规行为的直接评为不合格；连续两次不合格的一对一帮扶（均与材料一致）。本模板的理解：积分每季度记录，但两次民主评议（七一前和年底）都在一年之内，所以考核周期为年度，上限按年计。本模板补充的内容：日常行为积分的具体项目（材料只写“x个量化计分项”）。"
  },
  "scheme": {
    "id": "HN-S10-v1",
    "schemeId": "HN-S10",
    "name": "xx管道党员积分管理办法",
    "version": 1,
    "effectiveFrom": "2026-01-01",
    "periodRule": {
      "assessedUnit": "YEAR",
      "reset": true,
      "rollUp": "SUM",
      "overflowAsReward": false,
      "partialPeriods": "PRO_RATE_BASE"
    },
    "memberClasses": [
      {
        "id": "MANAGER",
        "name": "管理人员",
        "baseScore": 0,
        "exemption": "NOT_ALLOWED",
        "order": 0
      },
      {
        "id": "FRONTLINE",
        "name": "一线员工",
        "baseScore": 0,
        "exemption": "NOT_ALLOWED",
        "order": 1
      }
    ],
    "categories": [
      {
        "id": "DAILY",
        "name": "日常行为积分",
        "kind": "BASE",
        "sign": "POSITIVE",
        "cap": {
          "max": 75
        },
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "STUDY",
        "parentId": "DAILY",
        "name": "学习教育",
        "kind": "BASE",
        "sign": "POSITIVE",
        "cap": {
          "max": 33
        },
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "ACHIEVE",
        "parentId": "DAILY",
        "name": "争创佳绩",
        "kind": "BASE",
        "sign": "POSITIVE",
        "cap": {
          "max": 20
        },
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "SERVE",
        "parentId": "DAILY",
        "name": "服务群众",
        "kind": "BASE",
        "sign": "POSITIVE",
        "cap": {
          "max": 8
        },
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "LAW",
        "parentId": "DAILY",
        "name": "遵纪守法",
        "kind": "BASE",
        "sign": "POSITIVE",
        "cap": {
          "max": 8
        },
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "RIGHT",
        "parentId": "DAILY",
        "name": "弘扬正气",
        "kind": "BASE",
        "sign": "POSITIVE",
        "cap": {
          "max": 6
        },
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "EVAL",
        "name": "评议积分",
        "kind": "EVALUATION",
        "sign": "POSITIVE",
        "cap": {
          "max": 25
        },
        "weight": 0.5,
        "openForExtension": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "REWARD",
        "name": "奖励积分",
        "kind": "BONUS",
        "sign": "POSITIVE",
        "cap": {
          "max": 10
        },
        "weight": 1,
        "openForExtension": false,
        "locked": true,
        "order": 0
      }
    ],
    "items": [
      {
        "id": "STUDY-MEETING",
        "categoryId": "STUDY",
        "name": "参加“三会一课”",
        "value": {
          "type": "Fixed",
          "points": 3
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "ACHIEVE-TASK",
        "categoryId": "ACHIEVE",
        "name": "岗位工作任务完成情况（自评，部门负责人签注）",
        "value": {
          "type": "ReviewerRange",
          "min": 0,
          "max": 20
        },
        "cap": {},
        "recordedBy": [
          "SELF_CLAIM"
        ],
        "evidenceRequired": true,
        "reviewStepIds": [
          "DEPT-HEAD",
          "COMMITTEE"
        ],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "SERVE-VOLUNTEER",
        "categoryId": "SERVE",
        "name": "志愿服务",
        "value": {
          "type": "Fixed",
          "points": 2
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "LAW-KEPT",
        "categoryId": "LAW",
        "name": "遵纪守法无违规",
        "value": {
          "type": "Fixed",
          "points": 8
        },
        "cap": {
          "maxCount": 1
        },
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "LAW-VIOLATION",
        "categoryId": "LAW",
        "name": "违法、违纪、违规行为",
        "value": {
          "type": "Fixed",
          "points": 0
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": true,
        "locked": true,
        "order": 0
      },
      {
        "id": "RIGHT-UPHELD",
        "categoryId": "RIGHT",
        "name": "弘扬正气",
        "value": {
          "type": "Fixed",
          "points": 6
        },
        "cap": {
          "maxCount": 1
        },
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "EVAL-DEMOCRATIC",
        "categoryId": "EVAL",
        "name": "党员民主评议",
        "value": {
          "type": "ByOption",
          "options": [
            {
              "code": "EXCELLENT",
              "label": "优秀",
              "min": 23,
              "max": 25
            },
            {
              "code": "PASS",
              "label": "合格",
              "min": 15,
              "max": 22
            },
            {
              "code": "BASIC",
              "label": "基本合格",
              "min": 0,
              "max": 14
            },
            {
              "code": "FAIL",
              "label": "不合格",
              "min": 0,
              "max": 0
            }
          ]
        },
        "cap": {
          "maxCount": 2
        },
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "REWARD-ARTICLE",
        "categoryId": "REWARD",
        "name": "撰写党建调研文章",
        "value": {
          "type": "ByOption",
          "options": [
            {
              "code": "INTERNAL",
              "label": "在《xx管道》发表",
              "min": 2,
              "max": 2
            },
            {
              "code": "EXTERNAL",
              "label": "在外部杂志发表",
              "min": 5,
              "max": 5
            }
          ]
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "REWARD-COMMENDATION",
        "categoryId": "REWARD",
        "name": "工作表现突出受到表彰",
        "value": {
          "type": "ByOption",
          "options": [
            {
              "code": "GROUP",
              "label": "集团公司表彰",
              "min": 5,
              "max": 5
            },
            {
              "code": "DIVISION",
              "label": "天然气分公司表彰",
              "min": 4,
              "max": 4
            },
            {
              "code": "COMPANY",
              "label": "管道公司表彰",
              "min": 3,
              "max": 3
            }
          ]
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      },
      {
        "id": "REWARD-OTHER",
        "categoryId": "REWARD",
        "name": "其他先锋模范作用（支委会讨论，党委批准）",
        "value": {
          "type": "ReviewerRange",
          "min": 0,
          "max": 10
        },
        "cap": {},
        "recordedBy": [
          "SECRETARY"
        ],
        "evidenceRequired": false,
        "reviewStepIds": [],
        "memberClassIds": [],
        "statuses": [],
        "veto": false,
        "locked": true,
        "order": 0
      }
    ],
    "tierSchemes": [
      {
        "id": "S10-GRADE",
        "name": "评定格次",
        "levels": [
          "PERIOD",
          "YEAR"
        ],
        "tiers": [
          {
            "id": "EXCELLENT",
            "name": "优秀",
            "min": 90
          },
          {
            "id": "PASS",
            "name": "合格",
            "min": 80
          },
          {
            "id": "BASIC",
            "name": "基本合格",
            "min": 60
          },
          {
            "id": "FAIL",
            "name": "不合格"
          }
        ]
      }
    ],
    "eligibilityRules": [],
    "consequenceRules": [
      {
        "id": "S10-FAIL-TALK",
        "name": "不合格：谈话教育",
        "level": "PERIOD",
        "trigger": {
          "type": "AtOrBelowTier",
          "tierSchemeId": "S10-GRADE",
          "tierId": "FAIL"
        },
        "statuses": [],
        "followUp": {
          "action": "TALK",
          "performer": "BRANCH_COMMITTEE",
          "description": "由支部委员会安排专人进行谈话教育",
          "due": "NONE"
        }
      },
      {
        "id": "S10-TWICE-FAIL",
        "name": "连续两次不合格：一对一帮扶",
        "level": "PERIOD",
        "trigger": {
          "type": "ConsecutiveAtOrBelow",
          "tierSchemeId": "S10-GRADE",
          "tierId": "FAIL",
          "times": 2
        },
        "statuses": [],
        "followUp": {
          "action": "ONE_ON_ONE_HELP",
          "performer": "BRANCH_SECRETARY",
          "description": "支部书记重点教育，指派人员一对一帮扶",
          "due": "NONE"
        }
      }
    ],
    "workflow": {
      "steps": [
        {
          "id": "DEPT-HEAD",
          "name": "部门负责人签注",
          "performerRole": "DEPARTMENT_HEAD"
        },
        {
          "id": "COMMITTEE",
          "name": "支委会初评",
          "performerRole": "BRANCH_COMMITTEE"
        },
        {
          "id": "ASSEMBLY",
          "name": "党员大会评定",
          "performerRole": "GENERAL_ASSEMBLY"
        }
      ],
      "publicationWindowDays": 0,
      "objectionAnswerDays": 0
    },
    "unlockedParts": [],
    "removedIds": []
  }
}', '2025-12-28 16:00:00', 'system' from scheme where organization_id = 11 and code = 'HN-S10';

--changeset jifen:2026-11-28-demo-ledger-roles context:demo-ledger
-- 林明亮 leads 青山村第一党小组; 刘文斌 is 部门负责人 and 曹小芳 sits on the committee of 机关党支部
insert into unit_role (organization_id, member_id, role, created_by, created_at) select 5, id, 'GROUP_LEADER', 'qs01.secretary', '2026-01-05 09:00:00' from member where name = '林明亮' and organization_id = 5;
insert into unit_role (organization_id, member_id, role, created_by, created_at) select 12, id, 'DEPARTMENT_HEAD', 'hn01.secretary', '2026-01-05 09:00:00' from member where name = '刘文斌' and organization_id = 12;
insert into unit_role (organization_id, member_id, role, created_by, created_at) select 12, id, 'BRANCH_COMMITTEE', 'hn01.secretary', '2026-01-05 09:00:00' from member where name = '曹小芳' and organization_id = 12;
insert into unit_role_audit (unit_role_id, organization_id, member_id, member_name, role, action, acted_by, acted_at) select r.id, r.organization_id, r.member_id, m.name, r.role, 'ASSIGN', r.created_by, r.created_at from unit_role r join member m on m.id = r.member_id where r.organization_id in (5, 12);

--changeset jifen:2026-11-28-demo-ledger-entries context:demo-ledger
-- QS: about two thirds of the months Jan–Sep per party member, recorded and confirmed by the secretary of the branch
-- rows are staged first, take their ids from ledger_entry_seq in date order, then go into the ledger
-- (no apostrophes in these comments: the statement splitter of Liquibase reads them as quotes)
create table demo_ledger_rows (
    rn int not null auto_increment primary key, id bigint, pass int not null, organization_id bigint not null,
    org_path varchar(500) not null, member_id bigint not null, scheme_version_id bigint not null,
    item_id varchar(60) not null, value decimal(9, 2), entry_date date not null, basis varchar(500),
    source varchar(20) not null, status varchar(20) not null, current_step varchar(60), reason varchar(500),
    idempotency_key varchar(100), recorded_by varchar(100) not null, recorded_at datetime(6) not null,
    decided_at datetime(6)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, x.oid, x.path, x.mid, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'QS-S8' and v.number = 1), x.item, x.val, x.d, x.basis, 'SECRETARY', 'CONFIRMED', null, null, concat('demo-qs-', x.mid, '-', x.mo), x.by_user, timestamp(date_add(x.d, interval 2 day), '09:30:00'), timestamp(date_add(x.d, interval 2 day), '09:30:00') from (select m.id mid, o.id oid, o.path, s.seq mo, if((m.id + s.seq) % 4 = 0, 'VIOLATION-DEED', 'CONTRIB-DEED') item, if((m.id + s.seq) % 4 = 0, 3 + (m.id * 3 + s.seq) % 10, 5 + (m.id * 7 + s.seq * 3) % 26) val, date_add(makedate(2026, 1), interval ((s.seq - 1) * 30 + (m.id * 7 + s.seq) % 25) day) d, if((m.id + s.seq) % 4 = 0, elt(1 + (m.id + s.seq) % 3, '无故缺席主题党日', '未按时交纳党费', '组织生活会迟到'), elt(1 + (m.id * s.seq) % 5, '参加义务植树', '帮扶困难群众', '协助调解邻里纠纷', '参与防汛值守', '主动宣讲惠农政策')) basis, case o.parent_id when 2 then 'qs01.secretary' when 3 then 'qs02.secretary' else 'qs.admin' end by_user from member m join organization o on o.id = m.organization_id join seq_1_to_9 s where o.path like '/1/%' and m.status not in ('ACTIVIST', 'CANDIDATE') and (m.id + s.seq) % 3 <> 0) x order by x.d, x.mid;
-- HN: 参加“三会一课” every other month per party member, confirmed as recorded
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, x.oid, x.path, x.mid, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'HN-S10' and v.number = 1), 'STUDY-MEETING', null, x.d, '支部党员大会', 'SECRETARY', 'CONFIRMED', null, null, concat('demo-hn-', x.mid, '-', x.mo), x.by_user, timestamp(x.d, '18:00:00'), timestamp(x.d, '18:00:00') from (select m.id mid, o.id oid, o.path, s.seq mo, date_add(makedate(2026, 1), interval ((s.seq - 1) * 30 + 10) day) d, if(o.id = 12, 'hn01.secretary', 'hn.admin') by_user from member m join organization o on o.id = m.organization_id join seq_1_to_9 s where o.path like '/11/%' and m.status not in ('ACTIVIST', 'CANDIDATE') and (m.id + s.seq) % 2 = 0) x order by x.d, x.mid;
-- 王建国 (qs.member): three claims waiting for the branch, one rejected with its reason
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'QS-S8' and v.number = 1), 'CONTRIB-DEED', 10, '2026-08-28', '义务清理村道垃圾', 'SELF_CLAIM', 'PENDING', 'BRANCH-REVIEW', null, 'demo-claim-1', 'qs.member', '2026-08-29 20:10:00', null from member m join organization o on o.id = m.organization_id where m.sso_username = 'qs.member';
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'QS-S8' and v.number = 1), 'CONTRIB-DEED', 15, '2026-09-10', '组织村民参加秋收互助', 'SELF_CLAIM', 'PENDING', 'BRANCH-REVIEW', null, 'demo-claim-2', 'qs.member', '2026-09-11 19:45:00', null from member m join organization o on o.id = m.organization_id where m.sso_username = 'qs.member';
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'QS-S8' and v.number = 1), 'CONTRIB-DEED', 8, '2026-09-20', '为独居老人代购药品', 'SELF_CLAIM', 'PENDING', 'BRANCH-REVIEW', null, 'demo-claim-3', 'qs.member', '2026-09-21 08:30:00', null from member m join organization o on o.id = m.organization_id where m.sso_username = 'qs.member';
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'QS-S8' and v.number = 1), 'CONTRIB-DEED', 30, '2026-07-15', '参与村级道路验收', 'SELF_CLAIM', 'REJECTED', null, '未见村委会验收记录，且已按村干部工作职责计入，不再另行加分', 'demo-claim-rejected', 'qs.member', '2026-07-16 21:00:00', '2026-07-18 10:20:00' from member m join organization o on o.id = m.organization_id where m.sso_username = 'qs.member';
-- a duplicate entry cancelled by a reversal (a new confirmed entry pointing at it)
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'QS-S8' and v.number = 1), 'CONTRIB-DEED', 20, '2026-05-12', '参与防汛值守', 'SECRETARY', 'CONFIRMED', null, null, 'demo-reversed', 'qs01.secretary', '2026-05-13 09:00:00', '2026-05-13 09:00:00' from member m join organization o on o.id = m.organization_id where m.name = '郑文斌' and m.organization_id = 5;
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 2, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'QS-S8' and v.number = 1), 'CONTRIB-DEED', 20, '2026-05-12', '参与防汛值守', 'SECRETARY', 'CONFIRMED', null, '重复登记：已于5月10日按同一事项记分', 'demo-reversal', 'qs01.secretary', '2026-05-20 15:00:00', '2026-05-20 15:00:00' from member m join organization o on o.id = m.organization_id where m.name = '郑文斌' and m.organization_id = 5;
-- 赵海涛 (hn.member): 岗位工作任务 self-assessments waiting for the sign-off of the department head, with evidence
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'HN-S10' and v.number = 1), 'ACHIEVE-TASK', 16, '2026-06-30', '二季度管线巡检任务全部按期完成', 'SELF_CLAIM', 'PENDING', 'DEPT-HEAD', null, 'demo-hn-claim-1', 'hn.member', '2026-07-02 17:30:00', null from member m join organization o on o.id = m.organization_id where m.sso_username = 'hn.member';
insert into demo_ledger_rows (pass, organization_id, org_path, member_id, scheme_version_id, item_id, value, entry_date, basis, source, status, current_step, reason, idempotency_key, recorded_by, recorded_at, decided_at) select 1, o.id, o.path, m.id, (select v.id from scheme_version v join scheme s on s.id = v.scheme_id where s.code = 'HN-S10' and v.number = 1), 'ACHIEVE-TASK', 18, '2026-09-30', '三季度完成站场安全隐患排查并整改', 'SELF_CLAIM', 'PENDING', 'DEPT-HEAD', null, 'demo-hn-claim-2', 'hn.member', '2026-10-08 09:15:00', null from member m join organization o on o.id = m.organization_id where m.sso_username = 'hn.member';
update demo_ledger_rows set id = nextval(ledger_entry_seq) order by rn;

--changeset jifen:2026-11-28-demo-ledger-entries-stored context:demo-ledger splitStatements:false
-- one row at a time: one INSERT ... SELECT of all staged rows failed here with "Column id cannot be null" although
-- every staged id was set (cause not found), while single-row inserts pass
begin not atomic
    for r in (select * from demo_ledger_rows order by pass, rn) do
        if r.pass = 2 then
            set @reversed = (select id from ledger_entry where idempotency_key = 'demo-reversed');
        end if;
        insert into ledger_entry (id, version, organization_id, org_path, member_id, scheme_version_id, item_id, option_code, value, count, entry_date, basis, source, status, current_step, reverses_id, reason, batch_key, idempotency_key, recorded_by, recorded_at, decided_at)
        values (r.id, 0, r.organization_id, r.org_path, r.member_id, r.scheme_version_id, r.item_id, null, r.value, 1,
                r.entry_date, r.basis, r.source, r.status, r.current_step, if(r.pass = 2, @reversed, null), r.reason, null,
                r.idempotency_key, r.recorded_by, r.recorded_at, r.decided_at);
    end for;
end

--changeset jifen:2026-11-28-demo-ledger-reviews context:demo-ledger
drop table demo_ledger_rows;
insert into ledger_review (entry_id, step_id, decision, reason, decided_by, decided_at) select id, 'BRANCH-REVIEW', 'REJECTED', reason, 'qs01.secretary', decided_at from ledger_entry where idempotency_key = 'demo-claim-rejected';
insert into ledger_evidence_content (storage_key, content) values ('demo/hn-claim-1.txt', '二季度巡检记录：共巡检管线 126 公里，发现并上报隐患 3 处，均已闭环。');
insert into ledger_evidence_content (storage_key, content) values ('demo/hn-claim-2.txt', '三季度隐患排查清单：排查站场 4 座，整改隐患 7 项，整改率 100%。');
insert into ledger_evidence (entry_id, file_name, content_type, size, storage_key, uploaded_by, uploaded_at) select id, '二季度巡检记录.txt', 'text/plain', (select octet_length(content) from ledger_evidence_content where storage_key = 'demo/hn-claim-1.txt'), 'demo/hn-claim-1.txt', 'hn.member', recorded_at from ledger_entry where idempotency_key = 'demo-hn-claim-1';
insert into ledger_evidence (entry_id, file_name, content_type, size, storage_key, uploaded_by, uploaded_at) select id, '三季度隐患排查清单.txt', 'text/plain', (select octet_length(content) from ledger_evidence_content where storage_key = 'demo/hn-claim-2.txt'), 'demo/hn-claim-2.txt', 'hn.member', recorded_at from ledger_entry where idempotency_key = 'demo-hn-claim-2';
