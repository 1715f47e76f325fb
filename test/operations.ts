// The design's two example questions as named operations, shared by the API tests and
// scripts/latency.ts.

export const WHO_REQUESTED_SUPPORT = /* GraphQL */ `
  query WhoRequestedSupport {
    requests(first: 10) {
      totalCount
      edges {
        node {
          key
          name
          date { text earliest latest precision inferred inference }
          requesters { node { name } capacity { name } evidence { quote source { key } } }
          addressees { node { name } evidence { quote source { key } } }
          legalBasis {
            node { name ... on Power { conferredBy { node { name ... on Legislation { year kind } } } } }
          }
          evidence { quote start end source { key title published { value inferred } } }
        }
      }
    }
  }
`;

export const WHICH_NOTICE_DEMANDS_WHAT = /* GraphQL */ `
  query WhichNoticeDemandsWhat($types: [DocumentType!] = [WARNING_NOTICE]) {
    documents(filter: { types: $types }) {
      edges {
        node {
          key
          name
          issuedBy { node { name } }
          ... on WarningNotice {
            notice
            issued { text earliest latest inferred }
            obligations {
              node {
                key
                action
                bearer { node { name } }
                dueDate { text value precision earliest latest inferred relativeTo { key } offset }
                owedTo { node { name } }
                consequenceOfBreach { node { name legalBasis { node { name } } } }
              }
              evidence { quote source { key } }
            }
          }
        }
      }
    }
  }
`;
