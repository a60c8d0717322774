"""Every relation family over one sentence, in the order they read it (:func:`extract_sentence`).

The families live in their own modules and import :mod:`.patterns`, which has some of them; this
module imports their modules once, at its top, so that no sentence pays for twenty imports.
"""

from __future__ import annotations

# the families' modules, in the order extract_sentence once imported them one by one on every sentence;
# each family is looked up in its module when it is called, as it was then (a test may replace one there)
from . import (activities, dispatch, grants, assistance, offers, contributions, establishment, funding,
               supported, referents, repeated, channels, funded_by, links, request_made, membership,
               cooccur, shared, attended, furnished, learners, missions, sponsored)
from . import patterns
from .patterns import SentenceContext

__all__ = ["extract_sentence"]


def extract_sentence(ctx: SentenceContext) -> None:
    """Run every family over one sentence."""
    ctx.funders = patterns.funding_of(ctx)
    ctx.sponsors = supported.sponsors_of(ctx)
    patterns.adopted_by(ctx)
    patterns.adopted_passive(ctx)
    patterns.at_session(ctx)
    patterns.held_by(ctx)
    patterns.requests(ctx)
    request_made.accepted_requests(ctx)
    request_made.requested_from_by(ctx)
    establishment.establishes(ctx)
    patterns.adopts(ctx)
    together = links.partners(ctx) + channels.channels(ctx)  # (help through an organisation: it helps too)
    links.partners_named(ctx)
    links.partners_as(ctx)
    links.consulted(ctx)
    links.cooperation_around(ctx)
    assistance.assists(ctx, together)
    offers.offers(ctx)
    activities.activities(ctx, together)
    attended.attended_by(ctx, together)
    attended.attendees_from(ctx, together)
    attended.took_part_after(ctx, together)
    attended.stayed_away(ctx)
    attended.whose_costs(ctx)
    attended.costs_of_people(ctx)
    attended.experts_sent(ctx)
    attended.trainers_from(ctx)
    attended.held_after(ctx, together)
    attended.funded_travel(ctx)
    dispatch.sent_to(ctx)
    dispatch.hosts_sent(ctx)
    learners.hosted_learners(ctx)
    learners.visits_hosted(ctx)
    missions.experts_went(ctx)
    missions.invited_to_learn(ctx)
    shared.shared_with(ctx)  # (before grants: a grant named in an opener pays for the sharing too)
    grants.grants(ctx)
    sponsored.sponsored_people(ctx)
    supported.visit_prepared(ctx)  # (before the referents: 行程由 X 安排；代表团的食宿由 Y 承担 — Y pays for X's visit)
    referents.referred_activities(ctx, together)
    repeated.repeated_help(ctx)
    furnished.given_with(ctx, together)
    furnished.goods_handed(ctx)
    furnished.facilities_mended(ctx)
    furnished.goods_came_from(ctx)
    links.submitted_input(ctx)
    funded_by.funded_administered(ctx)
    funded_by.administers(ctx)
    funded_by.financed_help(ctx)
    funding.funds_programmes(ctx)
    membership.member_renamed(ctx)
    contributions.contributions(ctx)
    contributions.received(ctx)
    contributions.once_each(ctx)
    cooccur.cooccurring_help(ctx)
    supported.note_visitor(ctx)  # (last: a later sentence's 'the visit' is this visitor's)
