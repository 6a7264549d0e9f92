/** What the law knowledge base answers about laws and provisions: plain records, free of Neo4j and Lucene types. */
package cn.esip.kg.view;
