"""Lists of ontology terms, generated from ``ontology/tacb.ttl`` — do not edit.

Regenerate with ``python -m tacb_graph.vocabgen`` after changing the ontology
(see :mod:`tacb_graph.vocabgen` for what marks each list). Names are local
names in the ``tacb:`` namespace, in the order the ontology declares them.

>>> "assists" in ENTITY_RELATIONS, "cites" in UNIT_RELATIONS
(True, True)
"""

__all__ = [
    "RELATIONS",
    "UNIT_RELATIONS",
    "ENTITY_RELATIONS",
    "SYMMETRIC_RELATIONS",
    "AGENT_CLASSES",
    "STANCE_VALUES",
    "MODALITIES",
    "FINDING_KINDS",
    "LABELS",
]

RELATIONS: tuple[str, ...] = (
    "adoptedBy",
    "establishes",
    "requests",
    "assists",
    "submittedInputTo",
    "partnersWith",
    "fundedBy",
    "administeredBy",
    "memberOf",
    "renamedTo",
    "cites",
    "atSession",
    "heldBy",
)
"""Every relation property (``rdfs:subPropertyOf tacb:relation``)."""

UNIT_RELATIONS: tuple[str, ...] = ("cites",)
"""Relations whose subject is the paragraph or footnote itself (also ``dcterms:references``)."""

ENTITY_RELATIONS: tuple[str, ...] = (
    "adoptedBy",
    "establishes",
    "requests",
    "assists",
    "submittedInputTo",
    "partnersWith",
    "fundedBy",
    "administeredBy",
    "memberOf",
    "renamedTo",
    "atSession",
    "heldBy",
)
"""Relations between two entities: :data:`RELATIONS` without :data:`UNIT_RELATIONS`."""

SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"partnersWith"})
"""Relations declared ``owl:SymmetricProperty``."""

AGENT_CLASSES: tuple[str, ...] = (
    "State",
    "UNBody",
    "SpecializedAgency",
    "UNFundOrProgramme",
    "RegionalOrganization",
    "NGO",
    "NHRI",
    "AcademicInstitution",
    "Person",
    "Fund",
    "Programme",
    "Post",
    "RelatedOrganization",
)
"""Classes whose members act: every sub-class of ``tacb:Agent``."""

STANCE_VALUES: tuple[str, ...] = ("Supportive", "Critical", "Sceptical", "NotQuestioned")
"""The individuals of ``tacb:StanceValue``."""

MODALITIES: tuple[str, ...] = ("Reported", "Requested", "Recommended", "Planned", "Negated")
"""The individuals of ``tacb:Modality``."""

FINDING_KINDS: tuple[str, ...] = (
    "UnlistedRespondent",
    "CountMismatch",
    "ReferenceMismatch",
    "AmbiguousAbbreviation",
    "LanguageMismatch",
)
"""The individuals of ``tacb:FindingKind``."""

LABELS: dict[str, tuple[str, str]] = {
    'Report': ('报告', 'Report'),
    'Section': ('章节', 'Section'),
    'Paragraph': ('段落', 'Paragraph'),
    'Footnote': ('脚注', 'Footnote'),
    'Agent': ('行为体', 'Agent'),
    'State': ('国家', 'State'),
    'UNBody': ('联合国机构', 'UN body'),
    'SpecializedAgency': ('专门机构', 'Specialized agency'),
    'UNFundOrProgramme': ('联合国基金和方案', 'UN fund or programme'),
    'RegionalOrganization': ('区域组织', 'Regional organization'),
    'NGO': ('非政府组织', 'Non-governmental organization'),
    'NHRI': ('国家人权机构', 'National human rights institution'),
    'AcademicInstitution': ('学术机构', 'Academic institution'),
    'Person': ('人员', 'Person'),
    'Resolution': ('决议或决定', 'Resolution or decision'),
    'Document': ('文件', 'Document'),
    'Instrument': ('文书', 'Instrument'),
    'Fund': ('基金', 'Fund'),
    'Programme': ('方案', 'Programme'),
    'Event': ('活动', 'Event'),
    'Concept': ('概念', 'Concept'),
    'Place': ('地点', 'Place'),
    'Assistance': ('援助', 'Assistance'),
    'Contribution': ('捐款', 'Contribution'),
    'Stance': ('立场', 'Stance'),
    'StanceValue': ('立场值', 'Stance value'),
    'number': ('编号', 'number'),
    'section': ('所属章节', 'section'),
    'text': ('文本', 'text'),
    'title': ('标题', 'title'),
    'numeral': ('章节序号', 'numeral'),
    'inReport': ('所属报告', 'in report'),
    'inParagraph': ('所属段落', 'in paragraph'),
    'hasFootnote': ('脚注', 'has footnote'),
    'mentions': ('提及', 'mentions'),
    'startOffset': ('起始偏移', 'start offset'),
    'endOffset': ('结束偏移', 'end offset'),
    'sha256': ('SHA-256', 'SHA-256'),
    'sourceFile': ('源文件', 'source file'),
    'encoding': ('编码', 'encoding'),
    'toolVersion': ('工具版本', 'tool version'),
    'iso3': ('ISO 3166-1 三字母代码', 'ISO 3166-1 alpha-3 code'),
    'm49': ('M49 代码', 'UN M49 code'),
    'symbol': ('文件编号', 'document symbol'),
    'relation': ('关系', 'relation'),
    'adoptedBy': ('通过者', 'adopted by'),
    'establishes': ('设立', 'establishes'),
    'requests': ('请求', 'requests'),
    'assists': ('协助', 'assists'),
    'submittedInputTo': ('提交投入', 'submitted input to'),
    'partnersWith': ('合作伙伴', 'partners with'),
    'fundedBy': ('资助方', 'funded by'),
    'administeredBy': ('管理方', 'administered by'),
    'memberOf': ('成员', 'member of'),
    'renamedTo': ('更名为', 'renamed to'),
    'cites': ('引用', 'cites'),
    'provider': ('提供方', 'provider'),
    'recipient': ('接受方', 'recipient'),
    'topic': ('主题', 'topic'),
    'year': ('年份', 'year'),
    'contributor': ('捐助方', 'contributor'),
    'amount': ('金额', 'amount'),
    'currency': ('货币', 'currency'),
    'period': ('期间', 'period'),
    'holder': ('持有方', 'holder'),
    'onConcept': ('涉及概念', 'on concept'),
    'stanceValue': ('立场值', 'stance value'),
    'quote': ('引文', 'quote'),
    'confidence': ('置信度', 'confidence'),
    'evidence': ('证据', 'evidence'),
    'Supportive': ('支持', 'Supportive'),
    'Critical': ('批评', 'Critical'),
    'Sceptical': ('怀疑', 'Sceptical'),
    'NotQuestioned': ('未质疑', 'Not questioned'),
    'degree': ('度', 'degree'),
    'weightedDegree': ('加权度', 'weighted degree'),
    'betweenness': ('介数中心性', 'betweenness centrality'),
    'pagerank': ('PageRank', 'PageRank'),
    'community': ('社区', 'community'),
    'coreNumber': ('核数', 'core number'),
    'isArticulationPoint': ('割点', 'articulation point'),
    'Modality': ('情态', 'Modality'),
    'Reported': ('已报告', 'Reported'),
    'Requested': ('被请求', 'Requested'),
    'Recommended': ('被建议', 'Recommended'),
    'Planned': ('计划中', 'Planned'),
    'Negated': ('否定', 'Negated'),
    'modality': ('情态', 'modality'),
    'requestedBy': ('请求方', 'requested by'),
    'Session': ('届会', 'Session'),
    'sessionOf': ('届会所属机构', 'session of'),
    'sessionNumber': ('届会编号', 'session number'),
    'atSession': ('届会', 'at session'),
    'Post': ('职位', 'Post'),
    'RelatedOrganization': ('相关组织', 'Related organization'),
    'Finding': ('发现', 'Finding'),
    'FindingKind': ('发现类别', 'Finding kind'),
    'UnlistedRespondent': ('未列入答复名单', 'Unlisted respondent'),
    'CountMismatch': ('数目不符', 'Count mismatch'),
    'ReferenceMismatch': ('参考数据不符', 'Reference mismatch'),
    'AmbiguousAbbreviation': ('缩写歧义', 'Ambiguous abbreviation'),
    'LanguageMismatch': ('语言版本不符', 'Language mismatch'),
    'findingKind': ('发现类别', 'finding kind'),
    'message': ('说明', 'message'),
    'concerns': ('涉及', 'concerns'),
    'agendaItem': ('议程项目', 'agenda item'),
    'agendaItemTitle': ('议程项目标题', 'agenda item title'),
    'originalLanguage': ('原文语言', 'original language'),
    'jobNumber': ('作业编号', 'job number'),
    'layout': ('版式', 'layout'),
    'submittedPursuantTo': ('依据决议提交', 'submitted pursuant to'),
    'ReportWork': ('报告作品', 'Report work'),
    'ParagraphWork': ('段落作品', 'Paragraph work'),
    'reportWork': ('报告作品', 'report work'),
    'paragraphWork': ('段落作品', 'paragraph work'),
    'shortLabel': ('简称', 'short label'),
    'heldBy': ('任职者', 'held by'),
}
"""Each ``tacb:`` term's ``rdfs:label`` in Chinese and English: ``{local name: (zh, en)}`` (the local name where one is missing)."""
