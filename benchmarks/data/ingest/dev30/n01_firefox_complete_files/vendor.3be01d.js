(function(){var t=document.querySelectorAll(".share-tools button");t.forEach(function(b){b.addEventListener("click",function(){})})})();
